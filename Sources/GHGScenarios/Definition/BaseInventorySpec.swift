import Foundation
import GHGCore
import GHGFactors

/// The base-year inventory a scenario projects from: one or more activity data sets (several for
/// a province formed by merging former ones), the factor options and the emission boundary.
public struct BaseInventorySpec: Sendable {
    /// One base inventory: its activity files and, for a merged province, the former province it
    /// is (its sources are labelled with that region, so growth rules and measures can tell them apart).
    public struct Part: Sendable {
        /// The region label given to all its sources; `nil` keeps the files' own region column.
        public var region: String?
        /// Paths as written in the scenario file, and as resolved against its folder.
        public var files: [String]
        public var resolvedFiles: [String]
        public var path: String
        public var location: SourceLocation
    }

    public var year: Int
    public var parts: [Part]
    public var gwp: GWPSet
    public var edition: Edition
    /// User factor folders, resolved against the scenario file's folder.
    public var factorFolders: [String]
    public var boundary: Boundary
}

extension BaseInventorySpec {
    /// Reads `$.base`; paths are resolved against `folder` (the scenario file's folder).
    static func decode(_ cursor: JSONCursor, folder: String) throws(InputError) -> BaseInventorySpec {
        try cursor.checkKeys(["year", "activity", "inventories", "gwp", "edition", "factors", "boundary", "note"])
        let year = try cursor.required("year", "the base year, such as 2014").year()
        func files(_ value: JSONCursor) throws(InputError) -> [String] {
            let names = try value.elementsOrSingle().map { element throws(InputError) in try element.string() }
            guard !names.isEmpty else { throw value.error("expected at least one activity data file") }
            return names
        }
        var parts: [Part] = []
        if let list = try cursor.member("inventories") {
            guard !cursor.has("activity") else {
                throw cursor.error("give either \"activity\" (one inventory) or \"inventories\" (several, summed), not both")
            }
            for element in try list.elements() {
                try element.checkKeys(["region", "activity", "note"])
                let names = try files(try element.required("activity", "the activity data file or files of this inventory"))
                parts.append(
                    Part(
                        region: try element.member("region")?.string(), files: names, resolvedFiles: names.map { resolve($0, in: folder) },
                        path: element.path, location: element.location))
            }
            guard !parts.isEmpty else { throw list.error("expected at least one inventory") }
            var seen: [String: String] = [:]
            for part in parts {
                for (name, resolved) in zip(part.files, part.resolvedFiles) {
                    if let first = seen[resolved] {
                        throw InputError(
                            at: part.location,
                            "\(name) is also read by \(first); its emissions would be counted twice")
                    }
                    seen[resolved] = part.path
                }
            }
        } else {
            let activity = try cursor.required("activity", "the activity data file or files of the base inventory")
            let names = try files(activity)
            parts.append(Part(region: nil, files: names, resolvedFiles: names.map { resolve($0, in: folder) }, path: activity.path, location: activity.location))
        }
        var gwp = GWPSet.default
        if let gwpCursor = try cursor.member("gwp") {
            let name = try gwpCursor.string()
            guard let set = GWPSet(name: name) else { throw gwpCursor.error("unknown GWP set \"\(name)\"; expected AR4, AR5 or AR6") }
            gwp = set
        }
        var edition = Edition.default
        if let editionCursor = try cursor.member("edition") {
            let name = editionCursor.isNumber ? String(try editionCursor.int()) : try editionCursor.string()
            guard let chosen = Edition(name: name) else { throw editionCursor.error("unknown edition \"\(name)\"; expected 2006 or 2019") }
            edition = chosen
        }
        var folders: [String] = []
        if let list = try cursor.member("factors") {
            for element in try list.elementsOrSingle() { folders.append(resolve(try element.string(), in: folder)) }
        }
        var boundary = Boundary.territorial
        if let boundaryCursor = try cursor.member("boundary") {
            boundary = Boundary(rawValue: try boundaryCursor.oneOf(Boundary.allCases.map(\.rawValue))) ?? .territorial
        }
        return BaseInventorySpec(year: year, parts: parts, gwp: gwp, edition: edition, factorFolders: folders, boundary: boundary)
    }

    /// `name` relative to `folder` unless it is absolute.
    static func resolve(_ name: String, in folder: String) -> String {
        if name.hasPrefix("/") || folder.isEmpty || folder == "." { return name }
        return (folder as NSString).appendingPathComponent(name)
    }
}
