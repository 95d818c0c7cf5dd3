//! `jixiao check PATH... [-o FILE]`: the findings table.

use anyhow::Context;

pub type Args = super::InputArgs;

pub fn exec(a: Args) -> anyhow::Result<bool> {
    let (records, errors) = jixiao::inputs::load_corrected(&a.paths);
    let mut findings = jixiao::check::check(&records);
    // outliers compare each unit with its city's others: that needs the indicators
    let indicators = jixiao::compute::indicators(&records, &Default::default()).context("computing indicators")?;
    let long = jixiao::compute::compare::long(&indicators).context("comparing units and years")?;
    findings.extend(jixiao::compute::outliers::findings(&long, &records).context("finding outliers")?);
    super::emit(a.output.as_ref(), &jixiao::render::tables::findings_csv(&findings))?;
    Ok(super::report_errors(&errors))
}
