import Testing

@testable import GHGCore
@testable import GHGInventory
@testable import GHGMethods

/// Industrial processes (IPPU), checked against the 2006 IPCC Guidelines Vol 3 Tier 1 defaults.
@Suite("Industrial processes")
struct IndustryTests {
    /// Vol 3 Ch 2 Eq. 2.2 with the Tier 1 clinker factor 0.52 t CO2/t clinker (section 2.2.1.2:
    /// CaO 65 % x 44/56 = 0.51, x CKD correction 1.02): 1000 t clinker give 520 t CO2.
    @Test("clinker 0.52 t CO2/t")
    func clinker() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2022,2.A.1,clinker,1000,t\n")
        #expect(close(inventory.row("2.A.1", .co2)?.massTonnes, 520))
    }

    /// Vol 3 Eq. 2.1: [cement x clinker fraction - clinker imported + exported] x 0.52. Masonry
    /// cement, clinker fraction 0.64 (Vol 3 Ch 2): 1000 t x 0.64 x 0.52 = 332.8 t; 100 t clinker
    /// imported subtract 52 t; 50 t exported add 26 t: 306.8 t.
    @Test("cement with clinker fraction, clinker imported and exported (Eq. 2.1)")
    func cementEquation21() throws {
        let csv = """
            year,category,activity,amount,unit,technology
            2022,2.A.1,cement,1000,t,masonry
            2022,2.A.1,clinker_imported,100,t,
            2022,2.A.1,clinker_exported,50,t,
            """
        let inventory = try Fixtures.inventory(csv)
        #expect(close(inventory.row("2.A.1", .co2)?.massTonnes, 306.8))
        // The record's own clinker fraction (a blended cement at 0.70) takes precedence.
        let own = try Fixtures.inventory("year,category,activity,amount,unit,clinker_fraction\n2022,2.A.1,cement,1000,t,0.70\n")
        #expect(close(own.row("2.A.1", .co2)?.massTonnes, 364))
    }

    /// Vol 3 Eq. 3.1 with Table 3.1: 37.5 GJ/t NH3 (average reforming plants), natural gas at
    /// 15.3 kg C/GJ, COF 1: 1000 t x 37.5 x 15.3 x 44/12 / 1000 = 2103.75 t CO2.
    @Test("ammonia from 37.5 GJ/t at 15.3 kg C/GJ (Eq. 3.1)")
    func ammonia() throws {
        let inventory = try Fixtures.inventory("year,category,activity,amount,unit,technology\n2022,2.B.1,ammonia,1000,t,average_reforming\n")
        #expect(close(inventory.row("2.B.1", .co2)?.massTonnes, 2103.75))
        // CO2 recovered for urea is subtracted: here the plant's own 0.733 t CO2/t urea.
        let withUrea = try Fixtures.inventory(
            "year,category,activity,amount,unit,technology,co2_recovered_per_urea\n2022,2.B.1,ammonia,1000,t,average_reforming,\n2022,2.B.1,urea,1000,t,,0.733\n")
        #expect(close(withUrea.row("2.B.1", .co2)?.massTonnes, 2103.75 - 733))
        // Without the rate, the urea record is an error naming the column to add.
        let errors = Fixtures.errors("year,category,activity,amount,unit\n2022,2.B.1,urea,1000,t\n")
        #expect(errors.count == 1 && errors[0].contains("co2_recovered_per_urea"))
    }

    /// Vol 3 Table 4.1: basic oxygen furnace 1.46, electric arc furnace 0.08 t CO2/t crude steel.
    @Test("BOF and EAF steel factors (Table 4.1)")
    func steel() throws {
        let csv = "year,category,activity,amount,unit,technology\n2022,2.C.1,crude_steel,1000,t,bof\n2023,2.C.1,crude_steel,1000,t,eaf\n"
        let inventory = try Fixtures.inventory(csv)
        #expect(close(inventory.row("2.C.1", .co2, year: 2022)?.massTonnes, 1460))
        #expect(close(inventory.row("2.C.1", .co2, year: 2023)?.massTonnes, 80))
        let missing = Fixtures.errors("year,category,activity,amount,unit\n2022,2.C.1,crude_steel,1000,t\n")
        #expect(missing.count == 1 && missing[0].contains("bof") && missing[0].contains("technology"))
    }

    /// Vol 3 Table 2.1: limestone 0.43971 t CO2/t (CaCO3, 44.0095/100.0869).
    @Test("limestone used in ceramics (Table 2.1)")
    func carbonates() throws {
        let inventory = try Fixtures.inventory("\(Fixtures.header)\n2022,2.A.4.a,limestone,1000,t\n")
        #expect(close(inventory.row("2.A.4.a", .co2)?.massTonnes, 439.71))
    }

    /// Vol 3 Eq. 7.9 (mass balance) with R-410A = 50 % HFC-32 + 50 % HFC-125 (ASHRAE 34): sales
    /// 10 t - new equipment charge 6 t + retired 2 t = 6 t of blend = 3 t of each gas. AR5: HFC-32
    /// 677, HFC-125 3170: 3 x 677 + 3 x 3170 = 11 541 t CO2e.
    @Test("R-410A by mass balance, split into its gases (Eq. 7.9)")
    func refrigerantMassBalance() throws {
        let csv = """
            year,category,activity,amount,unit,technology
            2022,2.F.1.a,r_410a,10,t,sales
            2022,2.F.1.a,r_410a,6,t,new_equipment_charge
            2022,2.F.1.a,r_410a,2,t,retired_equipment_charge
            """
        let inventory = try Fixtures.inventory(csv)
        #expect(close(inventory.row("2.F.1.a", .hfc32)?.massTonnes, 3))
        #expect(close(inventory.row("2.F.1.a", .hfc125)?.massTonnes, 3))
        #expect(close(inventory.rollup(year: 2022)?.total.co2eTonnes, 3 * 677 + 3 * 3170))
        // Stock-based: a bank of 20 t HFC-134a leaking 10 %/yr emits 2 t; the rate has no IPCC
        // default, so a bank without one is an error naming the column.
        let bank = try Fixtures.inventory("year,category,activity,amount,unit,technology,operating_emission_rate\n2022,2.F.1.b,hfc_134a,20,t,installed_bank,0.1\n")
        #expect(close(bank.row("2.F.1.b", .hfc134a)?.massTonnes, 2))
        let errors = Fixtures.errors("year,category,activity,amount,unit,technology\n2022,2.F.1.b,hfc_134a,20,t,installed_bank\n")
        #expect(errors.count == 1 && errors[0].contains("operating_emission_rate"))
    }
}
