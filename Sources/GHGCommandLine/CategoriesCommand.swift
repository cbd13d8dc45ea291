import GHGCore
import GHGReports

/// `ghg categories [TEXT]`: the IPCC 2006 category tree, with names in English and Vietnamese.
struct CategoriesCommand {
    let tool: CommandLineTool

    func run(_ words: [String]) throws -> ExitCode {
        let arguments = try Arguments(words, options: ["format", "out"], flags: ["help"])
        if arguments.has("help") {
            tool.standardOutput(HelpText.categories)
            return .success
        }
        let format = try OutputFormat(arguments)
        let tree = CategoryTree.ipcc2006
        let terms = arguments.positionals.map { $0.lowercased() }
        let categories = tree.categories.filter { category in
            terms.allSatisfy { term in
                [category.code, category.nameEnglish, category.nameVietnamese].contains { $0.lowercased().contains(term) }
            }
        }
        var text = ""
        switch format {
        case .table:
            for category in categories {
                let indent = String(repeating: "  ", count: category.depth)
                let memo = category.isMemoItem ? "  [memo item]" : ""
                text += "\(indent)\(category.code)  \(category.nameEnglish) / \(category.nameVietnamese)\(memo)\n"
            }
        case .csv:
            var writer = CSVWriter(header: ["code", "name_en", "name_vi", "parent", "memo_item"])
            for category in categories {
                writer.row([category.code, category.nameEnglish, category.nameVietnamese, category.parent.map { tree[$0].code } ?? "", category.isMemoItem ? "yes" : "no"])
            }
            text = writer.text
        case .json:
            var json = JSONWriter()
            json.beginArray()
            for category in categories {
                json.beginObject()
                json.string("code", category.code)
                json.string("name_en", category.nameEnglish)
                json.string("name_vi", category.nameVietnamese)
                json.optionalString("parent", category.parent.map { tree[$0].code })
                json.bool("memo_item", category.isMemoItem)
                json.endObject()
            }
            json.endArray()
            text = json.text + "\n"
        }
        try tool.emit(text, out: arguments.value("out"))
        return .success
    }
}
