/// The help of `ghg` and of each command, with examples.
enum HelpText {
    static let overview = """
        ghg: greenhouse-gas inventory and MRV calculator (IPCC 2006 Guidelines), for Vietnamese provinces and sectors.

        Usage: ghg <command> [options]

        Commands:
          inventory FILE...   compute the inventory of activity data files (tidy CSV)
          uncertainty FILE... uncertainty of the inventory: error propagation or Monte Carlo
          keycat FILE...      key categories: level and trend, Approach 1 and 2
          check FILE...       QA/QC: completeness and notation keys, time series, implied factors,
                              double counting, the Reference Approach
          verify REPORT...    facility reports (Decree 06/2022): recomputed, compared, threshold
          explain FILE... CATEGORY YEAR  how a category's emissions in a year were computed
          scenario FILE       project a scenario: BAU, voluntary and conditional measures, targets
          compare FILE...     put scenarios side by side
          batch FILE          run a batch of scenarios (a sweep) on all cores, or one shard of it
          merge DIR...        join the output folders of a batch's shards
          factors [TEXT]      list and search the emission-factor library
          categories [TEXT]   list the IPCC 2006 category tree (English and Vietnamese names)
          help [COMMAND]      show help for a command

        Examples:
          ghg inventory Scenarios/examples/province-energy/activity.csv
          ghg inventory activity.csv --gwp AR6 --format json --out inventory.json
          ghg scenario Scenarios/moit-green-growth-2030.json
          ghg compare Scenarios/moit-green-growth-2030.json Scenarios/province-vinh-long-green-growth.json --format iamc --out scenarios.csv
          ghg factors diesel --category 1.A.3.b
          ghg categories transport

        Exit codes: 0 success; 1 invalid input (each message names file:line:column); 2 some runs of a
        batch failed, ghg check found an error, or ghg verify a discrepancy; 64 wrong command line;
        73 the output file cannot be written. Documentation:
        README.md and docs/.

        """

    static let inventory = """
        Usage: ghg inventory FILE... [options]

        Computes emissions of CO2, CH4, N2O and HFCs (and their CO2 equivalent) by year, IPCC 2006 category
        and gas, from activity data in tidy CSV (columns year, category, activity, amount, unit; see
        docs/activity-data.md). Several files are read as one inventory (e.g. former provinces
        merged into today's boundary).

        Options:
          --format table|csv|json  output format (default table); json carries the audit trail
          --gwp AR4|AR5|AR6        GWP-100 set for CO2e (default AR5)
          --factors DIR            a folder of your own factor files, taking precedence over the
                                   bundled library (repeatable)
          --library DIR            the bundled library folder (default: found beside the tool, or
                                   the GHG_FACTOR_LIBRARY environment variable)
          --edition 2006|2019      IPCC edition of the default factors (default 2006)
          --by-region              keep the regions of the 'region' column apart
          --years LIST             years to report: 2022, 2019,2022 or 2015-2030 (default: every
                                   year with records); solid waste disposal (4.A) is computed
                                   for each year from all earlier deposits
          --fill METHODS           fill the gaps of each activity series in --years (IPCC 2006 Vol 1
                                   Ch 5): interpolation, trend or surrogate, or several tried in
                                   order (interpolation,trend); filled rows say how (CSV `filled`)
          --surrogate FILE         the statistic for --fill surrogate: CSV year,value[,name]
          --facilities FILE        facility reports (see ghg verify) put into the inventory: the
                                   statistics of each fuel and category they report are reduced by
                                   the facilities' amounts, so nothing is counted twice (repeatable)
          --out FILE               write to FILE (whole or not at all) instead of standard output

        Examples:
          ghg inventory Scenarios/examples/province-energy/activity.csv
          ghg inventory activity.csv --format csv --out inventory.csv
          ghg inventory binh_duong.csv hcmc.csv vung_tau.csv --by-region --gwp AR6
          ghg inventory activity.csv --factors my-factors/ --format json

        Every output names the GWP set and the factor edition; the table and the JSON also name the
        factor library (folders and fingerprints).

        """

    static let factors = """
        Usage: ghg factors [TEXT...] [options]

        Lists the factors of the library: value, unit, 95 % range, and source (document, table).
        TEXT searches ids, activity names (English and Vietnamese), aliases, sources and notes.

        Options:
          --activity NAME          factors of one activity (id or alias, e.g. diesel)
          --category CODE          factors that apply to an IPCC category (e.g. 1.A.3.b)
          --gas GAS                emission factors of one gas (CO2, CH4, N2O, HFC-134a ...)
          --parameter NAME         factors of one parameter: ef, ncv, carbon_content, density, or a
                           sector parameter such as doc, docf, mcf, decay_rate, clinker_fraction,
                           water_regime_scaling_factor, n_excretion_rate, frac_gasf (the full list
                           is in docs/activity-data.md)
          --year YEAR              time-dependent factors of one year (e.g. the grid factor)
          --activities             list the activity vocabulary instead
          --format table|csv|json  output format (default table)
          --factors DIR, --library DIR, --edition 2006|2019   as for 'ghg inventory'
          --out FILE               write to FILE instead of standard output

        Examples:
          ghg factors --activities
          ghg factors diesel --category 1.A.1
          ghg factors --activity electricity
          ghg factors --parameter ncv --format csv

        """

    static let categories = """
        Usage: ghg categories [TEXT...] [--format table|csv|json] [--out FILE]

        The IPCC 2006 category tree (Vol 1 Ch 8, Table 8.2) with English and Vietnamese names;
        TEXT filters by code or name. Memo items (international bunkers) are marked.

        Examples:
          ghg categories
          ghg categories 1.A.3
          ghg categories "giao thông"

        """

    static let scenario = """
        Usage: ghg scenario FILE [--format table|csv|json|iamc] [--out FILE] [--library DIR]

        Projects a scenario file (JSON, see docs/scenarios.md) from its base-year inventory to its
        horizon: business-as-usual (BAU) from growth rates, elasticities to GRDP or population, given
        series and factor paths; then the voluntary measures and then the conditional ones (applied
        in sequence to what remains, so contributions never overlap). Reports emissions by pathway,
        year and category, reductions by tier and by measure, GRDP and intensity per GRDP at
        constant prices, cost per tonne, and each target as met or missed with its margin.

        Options:
          --format table|csv|json|iamc  table (default); csv is tidy long (scenario, pathway, region,
                                   variable, unit, year, value); iamc is model, scenario, region,
                                   variable, unit and one column a year; json carries the audit trail
          --out FILE               write the output to FILE (whole or not at all)
          --library DIR            the bundled factor library folder

        Examples:
          ghg scenario Scenarios/moit-green-growth-2030.json
          ghg scenario Scenarios/province-vinh-long-green-growth.json --format iamc --out vinh-long.csv

        A mistake in the file is reported with its JSON path, line and column (exit code 1).

        """

    static let compare = """
        Usage: ghg compare FILE... [--format table|csv|json|iamc] [--out FILE] [--library DIR]

        Runs several scenario files and puts them side by side: total emissions of each pathway,
        intensity per GRDP and targets, year by year. csv and iamc hold every variable of every
        scenario (the scenario column tells them apart); each file needs its own "id".

        Options:
          --format table|csv|json|iamc  table (default), or every variable of every scenario
          --out FILE               write the output to FILE (whole or not at all)
          --library DIR            the bundled factor library folder

        Example:
          ghg compare Scenarios/moit-green-growth-2030.json Scenarios/province-vinh-long-green-growth.json

        """

    static let batch = """
        Usage: ghg batch FILE --out DIR [--jobs N] [--shard K/N] [--fail-fast] [--library DIR]

        Runs every scenario of a batch file (JSON, see docs/batch.md): a list of scenario files, or
        one base scenario and a sweep of parameters (a cross product of values or ranges, or the rows
        of a CSV), each setting values at JSON paths of the scenario. Each run has a stable id from
        its parameters. DIR receives results.csv (tidy long: run_id, parameters, scenario, pathway,
        region, variable, unit, year, value), iamc.csv, summary.csv (targets met or missed, or why a
        run failed, per run) and batch.json. Files are complete or absent; the bytes do not depend
        on --jobs or on sharding.

        Options:
          --out DIR      the output folder (created if needed)
          --jobs N       runs at once (default: all cores)
          --shard K/N    run only the K-th of N contiguous parts; join them with ghg merge
          --fail-fast    stop at the first failed run and write nothing
          --library DIR  the bundled factor library folder

        Exit codes: 0 every run succeeded; 2 some runs failed (summary.csv says which and why);
        1 the batch file or its base scenario is invalid; 64 wrong command line; 73 the outputs
        cannot be written.

        Examples:
          ghg batch Scenarios/moit-batch-sweep.json --out runs/
          ghg batch Scenarios/moit-batch-sweep.json --out part3/ --shard 3/8

        """

    static let merge = """
        Usage: ghg merge DIR... --out DIR

        Joins the output folders of the shards of one batch (ghg batch --shard K/N) into one folder,
        byte for byte what a single run of the whole batch writes. Refuses shards of different
        batches or inputs, and reports runs missing or repeated.

        Example:
          ghg merge part1/ part2/ part3/ --out runs/

        """

    static let uncertainty = """
        Usage: ghg uncertainty FILE... [options]

        The uncertainty of the inventory of the activity data files (IPCC 2006 Vol 1 Ch 3): the lines
        of Table 3.2 (by category and gas) for a base year and year t, the uncertainty of the total
        and of the trend by error propagation (Approach 1) and, with --method montecarlo, the mean
        and 95 % interval of a Monte Carlo simulation (Approach 2). Activity uncertainties come from
        the records' `uncertainty` column, factor uncertainties from the library's 95 % bounds or
        from an uncertainty table; lines with neither are listed as not estimated, never as zero.

        Options:
          --method approach1|montecarlo  (default approach1; montecarlo shows both)
          --iterations N           Monte Carlo iterations (default 10000)
          --seed S                 Monte Carlo seed (default 2006): the same seed, the same numbers,
                                   whatever the number of cores
          --jobs N                 cores used by Monte Carlo (default: all the process may use)
          --uncertainties FILE     uncertainties by category (CSV; see docs/mrv.md)
          --base-year Y, --year T  the years compared (default: the first and last with records)
          --format table|json      (default table)
          --gwp, --factors, --library, --edition, --out   as for ghg inventory

        Examples:
          ghg uncertainty activity.csv --uncertainties uncertainties.csv
          ghg uncertainty activity.csv --uncertainties uncertainties.csv --method montecarlo --iterations 100000 --seed 7

        """

    static let keycat = """
        Usage: ghg keycat FILE... [options]

        Key category analysis (IPCC 2006 Vol 1 Ch 4) of the inventory of the activity data files, by
        category and gas: level assessment in year t and trend assessment from the base year
        (Tables 4.2 and 4.3). Approach 1 marks the lines that add up to 95 % of the total; Approach 2
        weights each line by its combined uncertainty and marks those adding up to 90 %.

        Options:
          --approach 1|2|both      (default 1); 2 needs uncertainties (see ghg uncertainty)
          --uncertainties FILE     uncertainties by category (CSV; see docs/mrv.md)
          --base-year Y, --year T  the years compared (default: the first and last with records)
          --format table|json      (default table)
          --gwp, --factors, --library, --edition, --out   as for ghg inventory

        Examples:
          ghg keycat activity.csv
          ghg keycat activity.csv --uncertainties uncertainties.csv --approach both --format json

        """

    static let check = """
        Usage: ghg check FILE... [options]

        The QA/QC checks of IPCC 2006 Vol 1 Ch 6 on the inventory of the activity data files:
          completeness      each category (1.A.1, 3.A.2 ...) has emissions or a notation key
                            (NO, NE, NA, IE, C in the amount column) in every year; a key that
                            contradicts emissions is an error
          time-series       a category's emissions change by more than --jump percent between
                            reported years, or appear or vanish
          implied-factor    fuel-combustion emissions per TJ outside the 95 % range of the
                            library's default factor
          double-counting   electricity generated and consumed (scope 2) both reported; one
                            fuel of one category in two units
          reference-approach  with --reference: CO2 from the fuel supply (Vol 2 Ch 6) against
                            the sectoral estimate, flagged beyond 5 %
        Findings are errors, warnings or info; the exit code is 2 when there is an error.

        Options:
          --reference FILE         fuel supply by year (CSV; see docs/qaqc.md) for the Reference Approach
          --jump PERCENT           the change flagged by the time-series check (default 30)
          --years LIST             the years checked (default: every year with records)
          --format table|json      (default table)
          --gwp, --factors, --library, --edition, --out   as for ghg inventory

        Examples:
          ghg check activity.csv
          ghg check activity.csv --reference supply.csv --format json

        """

    static let verify = """
        Usage: ghg verify FACILITY_REPORT... [options]

        Verifies facility greenhouse-gas reports (Decree 06/2022/ND-CP): each report is an activity
        file (docs/activity-data.md) with the columns facility_id (instead of region), and
        optionally facility_name, sector and declared_co2e_t (the emissions the facility declares
        for the row). Each facility's activities are computed again with the factor library and
        compared with its declarations by category and activity and in total; differences beyond
        the tolerance are discrepancies; facilities whose computed emissions (direct and purchased
        electricity) reach the threshold are named; a summary by sector follows. Exit code 2 when
        a report has a discrepancy.

        Options:
          --tolerance PERCENT      the difference allowed (default 5)
          --threshold T            t CO2e a year from which a facility must inventory (default 3000)
          --format table|json      (default table)
          --gwp, --factors, --library, --edition, --out   as for ghg inventory

        Examples:
          ghg verify facility-reports-2024.csv
          ghg verify plant-a.csv plant-b.csv --tolerance 2 --format json

        """

    static let explain = """
        Usage: ghg explain FILE... CATEGORY YEAR [options]

        Shows how the emissions of CATEGORY (and the categories below it) in YEAR were computed from
        the activity data files: each source with its records (file and lines), amount and data
        source, the method and IPCC equation, every value used (factor, calorific value, constant)
        with its source document, table and 95 % bounds, each gas with its GWP, and the totals.
        Notation keys are shown as such.

        Options:
          --gwp, --factors, --library, --edition, --out   as for ghg inventory

        Examples:
          ghg explain Scenarios/examples/province-energy/activity.csv 1.A.2.f 2022
          ghg explain activity.csv 1.A.3.b 2019 --gwp AR6

        """

    static func forCommand(_ name: String?) -> String? {
        switch name {
        case "inventory": return inventory
        case "scenario": return scenario
        case "compare": return compare
        case "batch": return batch
        case "merge": return merge
        case "uncertainty": return uncertainty
        case "keycat": return keycat
        case "check": return check
        case "verify": return verify
        case "explain": return explain
        case "factors": return factors
        case "categories": return categories
        default: return nil
        }
    }
}
