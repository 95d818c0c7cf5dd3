//! `jixiao check PATH... [-o FILE]`: the findings table.

pub type Args = super::InputArgs;

pub fn exec(a: Args) -> anyhow::Result<bool> {
    let opts = jixiao::pipeline::Options { inputs: a.paths.clone(), ..Default::default() };
    let outputs = jixiao::pipeline::run(&opts)?;
    super::emit(a.output.as_ref(), &jixiao::render::tables::findings_csv(&outputs.findings))?;
    Ok(super::report_errors(&outputs.skipped))
}
