import GHGCore

extension JSONCursor {
    /// A unit of measure written as a string (`t CO2/MWh`, `GWh`), checked by the unit parser.
    func measureUnit() throws(InputError) -> MeasureUnit {
        let text = try string()
        do throws(UnitError) {
            return try Units.parse(text)
        } catch {
            throw self.error("unit \"\(text)\": \(error.message)")
        }
    }

    /// A gas name (`CO2`, `CH4`, `HFC-134a`).
    func gas() throws(InputError) -> Gas {
        let text = try string()
        guard let gas = Gas(name: text) else {
            throw error("unknown gas \"\(text)\"; expected one of \(Gas.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return gas
    }

    /// A whole year between 1900 and 2100.
    func year() throws(InputError) -> Int {
        let value = try int()
        guard (1900...2100).contains(value) else { throw error("expected a year between 1900 and 2100, found \(value)") }
        return value
    }

    /// A percentage between 0 and 100.
    func percent() throws(InputError) -> Double {
        let value = try double()
        guard (0...100).contains(value) else { throw error("expected a percentage between 0 and 100, found \(value)") }
        return value
    }
}
