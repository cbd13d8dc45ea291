/// The IPCC 2006 category tree: codes, names in English and Vietnamese, parents and sectors.
///
/// Built once from `ipcc2006CategoryList` (Vol 1 Ch 8 Table 8.2). Categories are stored in an
/// array in the table's order (parents before children) and referred to by index in hot paths.
public struct CategoryTree: Sendable {
    public let categories: [IPCCCategory]
    private let indexByCode: [String: Int]

    /// The 2006 IPCC Guidelines' tree.
    public static let ipcc2006: CategoryTree = CategoryTree(list: ipcc2006CategoryList)

    /// Codes reported as memo items: international aviation and water-borne navigation bunkers
    /// and multilateral operations (Vol 1 Ch 8 Table 8.2, "Memo Items").
    public static let memoItemCodes: Set<String> = ["1.A.3.a.i", "1.A.3.d.i", "1.A.5.c"]

    init(list: String) {
        var categories: [IPCCCategory] = []
        var index: [String: Int] = [:]
        for line in list.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { continue }
            let code = fields[0]
            let parentCode = code.split(separator: ".").dropLast().joined(separator: ".")
            let parent = parentCode.isEmpty ? nil : index[parentCode]
            let depth = code.split(separator: ".").count - 1
            index[code] = categories.count
            categories.append(
                IPCCCategory(
                    code: code, nameEnglish: fields[1], nameVietnamese: fields[2], parent: parent, depth: depth,
                    isMemoItem: CategoryTree.memoItemCodes.contains(code)))
        }
        self.categories = categories
        self.indexByCode = index
    }

    public var count: Int { categories.count }

    public subscript(index: Int) -> IPCCCategory { categories[index] }

    /// The index of a category code, accepting the code as printed (`1.A.1.a.i`) or without dots
    /// in the letters' place (`1A1ai`), case-insensitively for the letters.
    public func index(of code: String) -> Int? {
        if let found = indexByCode[code] { return found }
        let normalized = CategoryTree.normalize(code)
        return indexByCode[normalized]
    }

    /// `1a1ai` -> `1.A.1.a.i`; `1.a.1` -> `1.A.1`.
    static func normalize(_ code: String) -> String {
        let compact = code.trimmedASCIIWhitespace().filter { $0 != "." && $0 != " " }
        guard !compact.isEmpty else { return code }
        // Segments: digits, then an upper-case letter, then digits, then a lower-case letter, then a
        // roman numeral, then digits.
        var segments: [String] = []
        var rest = Substring(compact)
        func take(_ predicate: (Character) -> Bool) -> String {
            let part = rest.prefix(while: predicate)
            rest = rest.dropFirst(part.count)
            return String(part)
        }
        let sector = take(\.isNumber)
        guard !sector.isEmpty else { return code }
        segments.append(sector)
        if let letter = rest.first, letter.isLetter { segments.append(String(letter).uppercased()); rest = rest.dropFirst() }
        let sub = take(\.isNumber)
        if !sub.isEmpty { segments.append(sub) }
        if let letter = rest.first, letter.isLetter {
            segments.append(String(letter).lowercased())
            rest = rest.dropFirst()
        }
        let roman = take { "ivxIVX".contains($0) }
        if !roman.isEmpty { segments.append(roman.lowercased()) }
        let last = take(\.isNumber)
        if !last.isEmpty { segments.append(last) }
        guard rest.isEmpty else { return code }
        return segments.joined(separator: ".")
    }

    /// The sector (depth 0 ancestor) of a category.
    public func sector(of index: Int) -> Int {
        var current = index
        while let parent = categories[current].parent { current = parent }
        return current
    }

    /// The category and its ancestors, from itself up to its sector.
    public func lineage(of index: Int) -> [Int] {
        var result = [index]
        var current = index
        while let parent = categories[current].parent {
            result.append(parent)
            current = parent
        }
        return result
    }

    /// Whether the category at `index` is `ancestor` or below it.
    public func isWithin(_ index: Int, _ ancestorCode: String) -> Bool {
        CategoryTree.code(categories[index].code, isWithin: ancestorCode)
    }

    /// Whether `code` equals `prefix` or is below it in the dotted hierarchy
    /// (`1.A.1.a` is within `1.A.1`; `1.A.10` is not within `1.A.1`).
    public static func code(_ code: String, isWithin prefix: String) -> Bool {
        code == prefix || (code.hasPrefix(prefix) && code.dropFirst(prefix.count).first == ".")
    }

    /// Whether the category or one of its ancestors is a memo item.
    public func isMemoItem(_ index: Int) -> Bool {
        lineage(of: index).contains { categories[$0].isMemoItem }
    }

    /// The children of every category, in table order.
    public var children: [[Int]] {
        var result = Array(repeating: [Int](), count: categories.count)
        for (index, category) in categories.enumerated() {
            if let parent = category.parent { result[parent].append(index) }
        }
        return result
    }
}
