//! The data check, run before anything else by `serve`, `build` and `test` (and alone by
//! `check-data`): an editor's mistake in `data/` is printed plainly, ahead of any build output,
//! and stops the command. The build script checks the same way, so a plain `cargo build` is safe.

use anyhow::anyhow;
use gaza_plan_content::check::{Arena, load_dir};

pub fn check() -> crate::Result {
    let arena = Arena::new();
    let Err(errors) = load_dir(&crate::root(), &arena) else {
        return Ok(());
    };
    let problems = if errors.len() == 1 { "1 problem".to_owned() } else { format!("{} problems", errors.len()) };
    eprintln!("The data has {problems}:\n");
    for error in &errors {
        eprintln!("  {error}");
    }
    eprintln!();
    Err(anyhow!("fix the data above, then run the command again"))
}
