import GHGCore
import GHGFactors

extension SourceSelector {
    static let keys = ["category", "activity", "region"]

    /// Reads `"category"`, `"activity"` and `"region"`, each a string or a list; checks that the
    /// categories exist in the IPCC 2006 tree and the activities in the factor library.
    static func decode(_ cursor: JSONCursor, library: FactorLibrary, requireCategory: Bool) throws(InputError) -> SourceSelector {
        let tree = CategoryTree.ipcc2006
        var selector = SourceSelector()
        if let categories = try cursor.member("category") {
            for element in try categories.elementsOrSingle() {
                let code = try element.string()
                guard let index = tree.index(of: code) else {
                    throw element.error("unknown IPCC 2006 category \"\(code)\"; `ghg categories` lists them")
                }
                selector.categoryCodes.append(tree[index].code)
                selector.categories.append(index)
            }
        } else if requireCategory {
            throw cursor.error("missing key \"category\" (expected the IPCC 2006 category code or codes it acts on, such as \"1.A.1.a.i\")")
        }
        if let activities = try cursor.member("activity") {
            for element in try activities.elementsOrSingle() {
                let name = try element.string()
                guard let index = library.activity(named: name) else {
                    throw element.error("unknown activity \"\(name)\"; `ghg factors` lists the activities of the factor library")
                }
                selector.activityIDs.append(library.activities[index].id)
                selector.activities.append(index)
            }
        }
        if let regions = try cursor.member("region") {
            for element in try regions.elementsOrSingle() {
                let name = try element.string()
                selector.regions.append(name.lowercased())
                selector.regionNames.append(name)
            }
        }
        return selector
    }
}
