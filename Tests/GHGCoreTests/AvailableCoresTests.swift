import Foundation
import GHGCore
import Testing

@Suite("Available cores")
struct AvailableCoresTests {
    @Test("at least one, at most the processors online")
    func bounds() {
        let cores = availableCores()
        #expect(cores >= 1)
        #expect(cores <= max(1, ProcessInfo.processInfo.activeProcessorCount))
    }
}
