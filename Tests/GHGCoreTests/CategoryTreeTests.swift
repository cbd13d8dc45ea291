import Testing

@testable import GHGCore

@Suite("IPCC 2006 category tree")
struct CategoryTreeTests {
    let tree = CategoryTree.ipcc2006

    @Test("codes, names in English and Vietnamese, parents and sectors")
    func structure() throws {
        let road = try #require(tree.index(of: "1.A.3.b"))
        #expect(tree[road].nameEnglish == "Road Transportation")
        #expect(!tree[road].nameVietnamese.isEmpty)
        #expect(tree[tree.sector(of: road)].code == "1")
        #expect(tree.lineage(of: road).map { tree[$0].code } == ["1.A.3.b", "1.A.3", "1.A", "1"])
        for code in ["1", "2", "3", "4", "5", "1.A.1.a.i", "2.A.1", "3.C.7", "4.A", "4.D.2"] {
            #expect(tree.index(of: code) != nil, "missing \(code)")
        }
        // Every category but the five sectors has its parent, listed before it.
        for (index, category) in tree.categories.enumerated() {
            if let parent = category.parent {
                #expect(parent < index)
            } else {
                #expect(category.depth == 0)
            }
        }
    }

    @Test("codes are accepted without dots and in other case")
    func normalization() {
        #expect(tree.index(of: "1A1ai") == tree.index(of: "1.A.1.a.i"))
        #expect(tree.index(of: "1.a.3.b") == tree.index(of: "1.A.3.b"))
        #expect(tree.index(of: "1.Z.9") == nil)
    }

    @Test("memo items: international bunkers")
    func memoItems() throws {
        let aviation = try #require(tree.index(of: "1.A.3.a.i"))
        #expect(tree.isMemoItem(aviation))
        #expect(!tree.isMemoItem(try #require(tree.index(of: "1.A.3.a.ii"))))
    }

    @Test("dotted prefixes: 1.A.1 covers 1.A.1.a but not 1.A.10")
    func prefixes() {
        #expect(CategoryTree.code("1.A.1.a", isWithin: "1.A.1"))
        #expect(CategoryTree.code("1.A.1", isWithin: "1.A.1"))
        #expect(!CategoryTree.code("1.A.10", isWithin: "1.A.1"))
        #expect(!CategoryTree.code("1.A", isWithin: "1.A.1"))
    }
}
