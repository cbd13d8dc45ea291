import Foundation

/// A fast pseudo-random stream (xoshiro256**, Blackman and Vigna 2018) seeded through SplitMix64,
/// with standard normal draws by the ziggurat method.
///
/// Monte Carlo iteration `i` of a run with seed `s` uses `RandomStream(seed: s, stream: i)`, so
/// the numbers do not depend on how iterations are spread over cores.
public struct RandomStream: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    private let tables = Ziggurat.tables

    public init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        func next() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = next()
        s1 = next()
        s2 = next()
        s3 = next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// 64 random bits.
    @inline(__always)
    public mutating func nextBits() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in (0, 1]: never 0, so that its logarithm is finite.
    @inline(__always)
    public mutating func uniformOpenClosed() -> Double {
        Double((nextBits() >> 11) + 1) * 0x1.0p-53
    }

    /// A standard normal draw (mean 0, standard deviation 1): the ziggurat method of Marsaglia and
    /// Tsang (2000) in Doornik's form (2005), 128 layers.
    @inline(__always)
    public mutating func normal() -> Double {
        while true {
            let bits = nextBits()
            // 53 high bits for u in [-1, 1), 7 low bits for the layer.
            let u = Double(bits >> 11) * 0x1.0p-52 - 1
            let layer = Int(truncatingIfNeeded: bits & 0x7F)
            let x = tables.x[layer]
            if abs(u) < tables.ratio[layer] { return u * x }
            if layer == 0 { return normalTail(negative: u < 0) }
            let candidate = u * x
            let next = tables.x[layer + 1]
            let f0 = Ziggurat.exp(-0.5 * (x * x - candidate * candidate))
            let f1 = Ziggurat.exp(-0.5 * (next * next - candidate * candidate))
            if f1 + uniformOpenClosed() * (f0 - f1) < 1 { return candidate }
        }
    }

    /// Fills `out` with standard normal draws: the same numbers as calling `normal()` for each,
    /// faster, because the state stays in registers on the ziggurat's fast path (98.8 % of
    /// draws); the rare rest goes through `normal()`'s own steps.
    public mutating func fillNormal(_ out: UnsafeMutableBufferPointer<Double>) {
        guard let base = out.baseAddress else { return }
        let x = tables.x
        let ratio = tables.ratio
        var a = s0, b = s1, c = s2, d = s3
        var index = 0
        while index < out.count {
            let bits = ((b &* 5) << 7 | (b &* 5) >> 57) &* 9
            let t = b << 17
            c ^= a
            d ^= b
            b ^= c
            a ^= d
            c ^= t
            d = d << 45 | d >> 19
            let u = Double(bits >> 11) * 0x1.0p-52 - 1
            let layer = Int(truncatingIfNeeded: bits & 0x7F)
            if abs(u) < ratio[layer] {
                base[index] = u * x[layer]
            } else {
                (s0, s1, s2, s3) = (a, b, c, d)
                base[index] = normalOutsideRectangle(u: u, layer: layer)
                (a, b, c, d) = (s0, s1, s2, s3)
            }
            index += 1
        }
        (s0, s1, s2, s3) = (a, b, c, d)
    }

    /// What `normal()` does after a draw (u, layer) falls outside its layer's rectangle.
    @inline(never)
    private mutating func normalOutsideRectangle(u: Double, layer: Int) -> Double {
        if layer == 0 { return normalTail(negative: u < 0) }
        let x = tables.x[layer]
        let candidate = u * x
        let next = tables.x[layer + 1]
        let f0 = Ziggurat.exp(-0.5 * (x * x - candidate * candidate))
        let f1 = Ziggurat.exp(-0.5 * (next * next - candidate * candidate))
        if f1 + uniformOpenClosed() * (f0 - f1) < 1 { return candidate }
        return normal()
    }

    private mutating func normalTail(negative: Bool) -> Double {
        let r = Ziggurat.r
        while true {
            let x = Ziggurat.log(uniformOpenClosed()) / r
            let y = Ziggurat.log(uniformOpenClosed())
            if -2 * y >= x * x { return negative ? x - r : r - x }
        }
    }
}

/// The ziggurat's layers, computed once and never freed (plain pointers: no reference counting
/// when many threads draw at once).
enum Ziggurat {
    static let layers = 128
    /// The start of the tail, and the area of each layer (Doornik 2005, ZIGNOR).
    static let r = 3.442619855899
    static let area = 9.91256303526217e-3

    struct Tables: @unchecked Sendable {
        /// x[0...128]: the layers' right edges (x[0] is the base layer's equivalent width).
        let x: UnsafePointer<Double>
        /// x[i+1] / x[i]: below it a draw is inside the layer's rectangle.
        let ratio: UnsafePointer<Double>
    }

    static let tables: Tables = {
        let x = UnsafeMutablePointer<Double>.allocate(capacity: layers + 1)
        let ratio = UnsafeMutablePointer<Double>.allocate(capacity: layers)
        var f = exp(-0.5 * r * r)
        x[0] = area / f
        x[1] = r
        x[layers] = 0
        for i in 2..<layers {
            x[i] = (-2 * log(area / x[i - 1] + f)).squareRoot()
            f = exp(-0.5 * x[i] * x[i])
        }
        for i in 0..<layers { ratio[i] = x[i + 1] / x[i] }
        return Tables(x: UnsafePointer(x), ratio: UnsafePointer(ratio))
    }()

    @inline(__always) static func exp(_ value: Double) -> Double { Foundation.exp(value) }
    @inline(__always) static func log(_ value: Double) -> Double { Foundation.log(value) }
}
