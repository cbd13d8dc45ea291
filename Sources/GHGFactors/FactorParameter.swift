import GHGCore

/// What a factor quantifies: an emission factor, a calorific value, a fraction of a method's
/// equation (DOC, MCF, a scaling factor ...).
///
/// Each parameter fixes the dimension its unit must have, and the unit in which an activity
/// record may give its own value in a column of the same name (Tier 2 data, e.g. a `docf` or
/// `decay_rate` column). Fractions must lie between 0 and 1.
public struct FactorParameter: Sendable, Hashable, CustomStringConvertible {
    /// The name used in factor files and activity columns, e.g. `ef`, `docf`, `decay_rate`.
    public let rawValue: String
    /// A readable name for messages, e.g. `degradable organic carbon (DOC)`.
    public let description: String
    /// The dimension the unit must have; `nil` for emission factors (a mass per any activity unit).
    public let dimension: Dimension?
    /// Whether the value is a share between 0 and 1.
    public let isFraction: Bool
    /// The unit of a value given in an activity record's column of this name; `nil` when the
    /// parameter has its own value and unit columns (`ef_*`, `ncv`, `density`) or cannot be given.
    public let recordUnit: String?

    init(_ rawValue: String, _ description: String, _ dimension: Dimension?, fraction: Bool = false, recordUnit: String? = nil) {
        self.rawValue = rawValue
        self.description = description
        self.dimension = dimension
        self.isFraction = fraction
        self.recordUnit = recordUnit
    }

    private static func fraction(_ name: String, _ description: String) -> FactorParameter {
        FactorParameter(name, description, .dimensionless, fraction: true, recordUnit: "fraction")
    }

    private static func ratio(_ name: String, _ description: String) -> FactorParameter {
        FactorParameter(name, description, .dimensionless, recordUnit: "1")
    }

    // MARK: Energy (2006 IPCC Guidelines Vol 2)

    /// Net calorific value: energy per mass of fuel (Vol 2 Table 1.2).
    public static let ncv = FactorParameter("ncv", "net calorific value", .energy / .mass)
    /// Emission factor: mass of one gas per unit of activity.
    public static let ef = FactorParameter("ef", "emission factor", nil)
    /// Carbon content: mass of carbon per energy (Vol 2 Table 1.3; Vol 3 Table 3.1 for ammonia).
    public static let carbonContent = FactorParameter("carbon_content", "carbon content", .mass / .energy, recordUnit: "kg C/GJ")
    /// Density: mass per volume, to turn fuel volumes into masses.
    public static let density = FactorParameter("density", "density", .mass / .volume)

    // MARK: Industrial processes (Vol 3)

    /// Clinker fraction of cement (Vol 3 Ch 2, Eq. 2.1).
    public static let clinkerFraction = fraction("clinker_fraction", "clinker fraction of cement")
    /// Total fuel requirement per tonne of ammonia (Vol 3 Table 3.1).
    public static let fuelRequirement = FactorParameter("fuel_requirement", "fuel requirement", .energy / .mass, recordUnit: "GJ/t")
    /// Carbon oxidation factor of the ammonia feedstock (Vol 3 Eq. 3.1).
    public static let carbonOxidationFactor = fraction("carbon_oxidation_factor", "carbon oxidation factor")
    /// CO2 recovered for urea production per tonne of urea (Vol 3 Eq. 3.1, R_CO2).
    public static let co2RecoveredPerUrea = FactorParameter(
        "co2_recovered_per_urea", "CO2 recovered per tonne of urea", .dimensionless, recordUnit: "t CO2/t")
    /// Mass fraction of one gas in a refrigerant blend (Vol 3 Ch 7 Table 7.8).
    public static let componentFraction = fraction("component_fraction", "mass fraction of a blend component")
    /// Emission rate of refrigerant from the installed stock, per year (Vol 3 Eq. 7.13, x).
    public static let operatingEmissionRate = FactorParameter(
        "operating_emission_rate", "annual operating emission rate", Dimension.dimensionless / .time, recordUnit: "1/yr")
    /// Share of the charge of new equipment lost at assembly (Vol 3 Eq. 7.12, k).
    public static let assemblyLossFraction = fraction("assembly_loss_fraction", "first-fill (assembly) loss")
    /// Share of the charge remaining in equipment at disposal (Vol 3 Eq. 7.14, p).
    public static let remainingChargeFraction = fraction("remaining_charge_fraction", "charge remaining at end of life")
    /// Share of the remaining charge recovered at disposal (Vol 3 Eq. 7.14, eta_rec).
    public static let recoveryEfficiency = fraction("recovery_efficiency", "recovery efficiency at end of life")

    // MARK: Solid waste, incineration, wastewater (Vol 5)

    /// Degradable organic carbon, fraction of wet weight (Vol 5 Table 2.4).
    public static let doc = fraction("doc", "degradable organic carbon (DOC)")
    /// Fraction of DOC that decomposes (Vol 5 Ch 3, DOCf).
    public static let docf = fraction("docf", "fraction of DOC decomposing (DOCf)")
    /// Methane correction factor (Vol 5 Table 3.1 for disposal sites, Table 6.3 for wastewater).
    public static let mcf = fraction("mcf", "methane correction factor (MCF)")
    /// Fraction of CH4 in generated landfill gas (Vol 5 Ch 3, F).
    public static let ch4Fraction = fraction("ch4_fraction", "fraction of CH4 in landfill gas (F)")
    /// Oxidation factor: in the cover of a disposal site (Vol 5 Table 3.2, OX) or of an
    /// incinerator or open fire (Vol 5 Table 5.2, OF).
    public static let oxidationFactor = fraction("oxidation_factor", "oxidation factor")
    /// First-order decay rate constant k (Vol 5 Table 3.3).
    public static let decayRate = FactorParameter("decay_rate", "decay rate constant (k)", Dimension.dimensionless / .time, recordUnit: "1/yr")
    /// Dry matter content, fraction of wet weight (Vol 5 Table 2.4).
    public static let dryMatterFraction = fraction("dry_matter_fraction", "dry matter fraction")
    /// Total carbon content, fraction of dry weight (Vol 5 Table 2.4; Vol 4 Table 4.3 for wood).
    public static let carbonFraction = FactorParameter(
        "carbon_fraction", "carbon fraction of dry matter", .dimensionless, fraction: true, recordUnit: "fraction")
    /// Fossil carbon, fraction of total carbon (Vol 5 Table 2.4).
    public static let fossilCarbonFraction = fraction("fossil_carbon_fraction", "fossil carbon fraction")
    /// Maximum CH4 producing capacity Bo (Vol 5 Table 6.2, 6.8).
    public static let maxCH4Capacity = FactorParameter("max_ch4_capacity", "maximum CH4 producing capacity (Bo)", .dimensionless, recordUnit: "kg CH4/kg BOD")
    /// Per-capita BOD (Vol 5 Table 6.4).
    public static let bodPerCapita = FactorParameter(
        "bod_per_capita", "BOD per person per day", .mass / (.count * .time), recordUnit: "g BOD/person/d")
    /// Correction factor for industrial BOD discharged into sewers (Vol 5 Eq. 6.3, I).
    public static let correctionFactor = ratio("correction_factor", "correction factor for industrial BOD in sewers (I)")
    /// Wastewater generated per tonne of product (Vol 5 Table 6.9, W).
    public static let wastewaterGenerated = FactorParameter("wastewater_generated", "wastewater generated per product", .volume / .mass, recordUnit: "m3/t")
    /// Chemical oxygen demand of industrial wastewater (Vol 5 Table 6.9, COD).
    public static let codConcentration = FactorParameter("cod_concentration", "COD concentration", .mass / .volume, recordUnit: "kg COD/m3")
    /// Protein consumed per person and year (Vol 5 Eq. 6.8; FAO statistics, no IPCC default).
    public static let proteinPerCapita = FactorParameter("protein_per_capita", "protein consumed per person", .mass / (.count * .time), recordUnit: "kg/person/yr")
    /// Fraction of nitrogen in protein (Vol 5 Eq. 6.8, FNPR).
    public static let proteinNFraction = fraction("protein_n_fraction", "nitrogen fraction of protein (FNPR)")
    /// Factor for non-consumed protein added to wastewater (Vol 5 Eq. 6.8, FNON-CON).
    public static let nonConsumedProteinFactor = ratio("non_consumed_protein_factor", "factor for non-consumed protein (FNON-CON)")
    /// Factor for industrial and commercial co-discharged protein (Vol 5 Eq. 6.8, FIND-COM).
    public static let industrialProteinFactor = ratio("industrial_protein_factor", "factor for industrial and commercial protein (FIND-COM)")

    // MARK: Agriculture, forestry and other land use (Vol 4)

    /// Nitrogen excretion per 1000 kg animal mass per day (Vol 4 Table 10.19, Nrate).
    public static let nExcretionRate = FactorParameter(
        "n_excretion_rate", "nitrogen excretion rate (Nrate)", Dimension.dimensionless / .time, recordUnit: "kg N/t/d")
    /// Typical animal mass (Vol 4 Annex 10A.2, TAM).
    public static let animalMass = FactorParameter("animal_mass", "typical animal mass (TAM)", .mass / .count, recordUnit: "kg/head")
    /// Fraction of managed manure N volatilised (Vol 4 Table 10.22, FracGasMS).
    public static let fracGasMS = fraction("frac_gasms", "fraction of manure N volatilised in the system (FracGasMS)")
    /// Fraction of synthetic fertiliser N volatilised (Vol 4 Table 11.3, FracGASF).
    public static let fracGasF = fraction("frac_gasf", "fraction of synthetic N volatilised (FracGASF)")
    /// Fraction of organic N applied and deposited volatilised (Vol 4 Table 11.3, FracGASM).
    public static let fracGasM = fraction("frac_gasm", "fraction of organic N volatilised (FracGASM)")
    /// Fraction of N added that is lost by leaching and runoff (Vol 4 Table 11.3, FracLEACH-(H)).
    public static let fracLeach = fraction("frac_leach", "fraction of N leached (FracLEACH)")
    /// Rice: scaling factor for the water regime during cultivation (Vol 4 Table 5.12, SFw).
    public static let waterRegimeScalingFactor = ratio("water_regime_scaling_factor", "water-regime scaling factor (SFw)")
    /// Rice: scaling factor for the water regime before cultivation (Vol 4 Table 5.13, SFp).
    public static let preseasonScalingFactor = ratio("preseason_scaling_factor", "pre-season water-regime scaling factor (SFp)")
    /// Rice: conversion factor of an organic amendment per t/ha (Vol 4 Table 5.14, CFOA).
    public static let amendmentConversionFactor = FactorParameter(
        "amendment_conversion_factor", "organic amendment conversion factor (CFOA)", Dimension.dimensionless, recordUnit: "1")
    /// Rice: exponent of the organic-amendment scaling factor (Vol 4 Eq. 5.3, 0.59).
    public static let amendmentExponent = ratio("amendment_exponent", "exponent of the organic-amendment scaling factor")
    /// Rice: cultivation period of a season (2019 Refinement Vol 4 Table 5.11A).
    public static let cultivationPeriod = FactorParameter("cultivation_period", "cultivation period", .time, recordUnit: "d")
    /// Mass of fuel available for combustion (Vol 4 Table 2.4, MB).
    public static let biomassAvailable = FactorParameter("biomass_available", "mass of fuel available for combustion (MB)", .mass / .area, recordUnit: "t dm/ha")
    /// Combustion factor (Vol 4 Table 2.6, Cf).
    public static let combustionFactor = fraction("combustion_factor", "combustion factor (Cf)")
    /// Above-ground net biomass growth (Vol 4 Tables 4.9, 4.10, Gw).
    public static let growthRate = FactorParameter("growth_rate", "above-ground net biomass growth (Gw)", .mass / (.area * .time), recordUnit: "t dm/ha/yr")
    /// Ratio of below-ground to above-ground biomass (Vol 4 Table 4.4, R).
    public static let rootShootRatio = ratio("root_shoot_ratio", "root-to-shoot ratio (R)")
    /// Biomass conversion and expansion factor for wood removals (Vol 4 Table 4.5, BCEFR).
    public static let bcefRemovals = FactorParameter("bcef_removals", "biomass conversion and expansion factor for removals (BCEFR)", .mass / .volume, recordUnit: "t dm/m3")
    /// Above-ground biomass per hectare (Vol 4 Table 4.7), for disturbance losses.
    public static let biomassStock = FactorParameter("biomass_stock", "above-ground biomass stock", .mass / .area, recordUnit: "t dm/ha")
    /// Fraction of biomass lost in a disturbance (Vol 4 Eq. 2.14, fd).
    public static let fractionBiomassLost = fraction("fraction_biomass_lost", "fraction of biomass lost in the disturbance (fd)")

    /// Every parameter, in the order above.
    public static let allCases: [FactorParameter] = [
        ncv, ef, carbonContent, density, clinkerFraction, fuelRequirement, carbonOxidationFactor, co2RecoveredPerUrea,
        componentFraction, operatingEmissionRate, assemblyLossFraction, remainingChargeFraction, recoveryEfficiency, doc, docf,
        mcf, ch4Fraction, oxidationFactor, decayRate, dryMatterFraction, carbonFraction, fossilCarbonFraction, maxCH4Capacity,
        bodPerCapita, correctionFactor, wastewaterGenerated, codConcentration, proteinPerCapita, proteinNFraction,
        nonConsumedProteinFactor, industrialProteinFactor, nExcretionRate, animalMass, fracGasMS, fracGasF, fracGasM, fracLeach,
        waterRegimeScalingFactor, preseasonScalingFactor, amendmentConversionFactor, amendmentExponent, cultivationPeriod,
        biomassAvailable, combustionFactor, growthRate, rootShootRatio, bcefRemovals, biomassStock, fractionBiomassLost,
    ]

    private static let byName: [String: FactorParameter] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    public init?(rawValue: String) {
        guard let found = FactorParameter.byName[rawValue] else { return nil }
        self = found
    }

    public static func == (lhs: FactorParameter, rhs: FactorParameter) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Whether factors of this parameter name a gas: emission factors and blend components.
    public var namesGas: Bool { self == .ef || self == .componentFraction }

    /// The dimension the factor's unit must have, for messages.
    public var expectedDimension: String {
        if self == .ef { return "mass/<activity unit> (e.g. kg/TJ, t/t, kg/head/yr)" }
        if isFraction { return "a fraction (unit 'fraction' or '1')" }
        if let recordUnit { return "\(dimension.map { "\($0)" } ?? "") (e.g. \(recordUnit))" }
        return dimension.map { "\($0)" } ?? ""
    }

    /// Whether `unit` fits this parameter.
    public func accepts(_ unit: MeasureUnit) -> Bool {
        // A mass per unit of activity: per energy, volume, head per year ..., or per mass (t/t).
        if self == .ef { return (unit.dimension.mass == 1 && unit.dimension != .mass) || unit.dimension == .dimensionless }
        return unit.dimension == dimension
    }
}
