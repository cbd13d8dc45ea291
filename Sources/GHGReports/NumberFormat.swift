/// Number formats of the reports: exact and locale-free for machines, grouped for people.
public enum NumberFormat {
    /// The shortest text that reads back as the same `Double` (`3186.3`, `1e-05`); `-0` as `0`.
    /// Used in CSV and JSON so that no digit is lost and equal inputs give equal bytes.
    public static func machine(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// A readable figure with thousands separators and as many decimals as its size needs:
    /// `3,186.3`, `12.500`, `0.1290`, `0.000026`.
    public static func human(_ value: Double) -> String {
        let magnitude = abs(value)
        let decimals: Int
        switch magnitude {
        case 0: return "0"
        case 1000...: decimals = 1
        case 1..<1000: decimals = 3
        case 0.001..<1: decimals = 4
        default: decimals = 6
        }
        return grouped(value, decimals: decimals)
    }

    /// `value` rounded to `decimals` places, with `,` between thousands.
    public static func grouped(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return value.description }
        let integer = UInt64(scaled)
        let divisor = UInt64(scale)
        var whole = String(integer / divisor)
        var fraction = String(integer % divisor)
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        var groupedWhole = ""
        while whole.count > 3 {
            groupedWhole = "," + whole.suffix(3) + groupedWhole
            whole = String(whole.dropLast(3))
        }
        groupedWhole = whole + groupedWhole
        let sign = value < 0 && integer > 0 ? "-" : ""
        return decimals > 0 ? "\(sign)\(groupedWhole).\(fraction)" : "\(sign)\(groupedWhole)"
    }
}
