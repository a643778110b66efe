//! Checks the editorial files in `data/` and bakes them into the statics the app reads
//! (`src/model/content.rs`), so it embeds its content without shipping a parser. The checks
//! and the baker are the content crate's (`content/`); a broken file stops the build.

fn main() {
    gaza_plan_content::bake::build_script();
}
