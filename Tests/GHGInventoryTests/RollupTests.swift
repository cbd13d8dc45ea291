import Testing

@testable import GHGCore
@testable import GHGInventory
@testable import GHGMethods

@Suite("Roll-up of the category tree")
struct RollupTests {
    static let csv = """
        year,region,category,activity,amount,unit,technology
        2019,A,1.A.1.a.i,gas_diesel_oil,1000,t,
        2019,A,1.A.2.f,other_bituminous_coal,12.5,kt,
        2019,B,1.A.2.m,natural_gas,300,TJ,
        2019,B,1.A.3.b.iii,gas_diesel_oil,2500,t,
        2019,A,1.A.3.b.iv,motor_gasoline,800,t,uncontrolled
        2019,B,1.A.4.b,lpg,150,t,
        2019,A,1.A.4.c.i,gas_diesel_oil,75.5,t,
        2020,A,1.A.1.a.i,gas_diesel_oil,900,t,

        """

    @Test("every parent is exactly the sum of its children and its own rows; the total is the sum of the sectors")
    func exactRollup() throws {
        let inventory = try Fixtures.inventory(Self.csv)
        let tree = inventory.tree
        for rollup in inventory.rollups {
            for (index, totals) in rollup.nodes {
                var expected = GasTotals()
                for row in inventory.rows where row.year == rollup.year && row.reporting == rollup.reporting && row.category == index {
                    expected.add(row.gas, mass: row.massTonnes, co2e: row.co2eTonnes)
                }
                for child in rollup.nodes.keys.sorted(by: >) where tree[child].parent == index {
                    expected.add(rollup.nodes[child] ?? GasTotals())
                }
                #expect(totals.massTonnes == expected.massTonnes, "\(tree[index].code)")
                #expect(totals.co2eTonnes == expected.co2eTonnes, "\(tree[index].code)")
            }
            let sectors = rollup.nodes.keys.filter { tree[$0].parent == nil }.sorted()
            var sum = GasTotals()
            for sector in sectors { sum.add(rollup.nodes[sector] ?? GasTotals()) }
            #expect(sum == rollup.total)
        }
        // The energy sector of 2019 holds every 2019 row.
        let energyIndex = try #require(tree.index(of: "1"))
        let energy = try #require(inventory.rollup(year: 2019)?.nodes[energyIndex])
        let rowsSum = inventory.rows.filter { $0.year == 2019 }.map(\.co2eTonnes).reduce(0, +)
        #expect(close(energy.co2eTonnes, rowsSum))
    }

    @Test("regions are kept apart only on request")
    func regions() throws {
        let together = try Fixtures.inventory(Self.csv)
        #expect(Set(together.rows.map(\.region)) == [""])
        let apart = try Fixtures.inventory(Self.csv, byRegion: true)
        #expect(Set(apart.rows.map(\.region)) == ["A", "B"])
        let a = try #require(apart.rollup(year: 2019, region: "A")?.total.co2eTonnes)
        let b = try #require(apart.rollup(year: 2019, region: "B")?.total.co2eTonnes)
        let whole = try #require(together.rollup(year: 2019)?.total.co2eTonnes)
        #expect(close(a + b, whole, relative: 1e-12))
    }
}
