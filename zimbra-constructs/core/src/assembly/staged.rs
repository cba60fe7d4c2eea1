//! Writing an assembly while it is synthesized ([`App::synth_into`](crate::App::synth_into)):
//! each template is written as soon as its body is serialized, and the body is dropped, so a
//! large app never holds every body at once. A synth that fails leaves the previous assembly
//! as it was: a changed template waits in a staging folder inside the output directory until
//! [`StagedWrite::commit`], a new one (no file of that name yet) is removed again. A template
//! whose bytes are already in the directory is not written at all (its modification time
//! stays): most stacks of an edit-and-synth loop do not change, and creating, renaming or
//! removing a file costs more than reading it.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::{holds, io_error, remove_stale_templates, write_manifest, Assembly};
use super::{WriteError, WriteSummary};

/// The staging folder's name, inside the output directory (same file system, so each
/// template moves into place with one rename).
const STAGING: &str = ".synth-staging";

/// Templates written so far, not yet in place.
#[derive(Debug)]
#[must_use = "nothing reaches the directory until commit"]
pub struct StagedWrite {
    dir: PathBuf,
    staging: PathBuf,
    /// Staged templates, to move into place.
    files: Vec<String>,
    /// Templates already in the directory with the same bytes.
    unchanged: Vec<String>,
    /// Templates that were not in the directory at all, written there at once (nothing to
    /// keep intact; removed again if the synth fails).
    created: Vec<String>,
    bytes: usize,
    committed: bool,
}

impl StagedWrite {
    /// Starts writing into `dir` (created if missing), clearing a staging folder a crashed
    /// run may have left there; the folder is made when the first changed template is.
    pub fn new(dir: &Path) -> Result<StagedWrite, WriteError> {
        let staging = dir.join(STAGING);
        fs::create_dir_all(dir).map_err(io_error(dir))?;
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(io_error(&staging))?;
        }
        Ok(StagedWrite {
            dir: dir.to_path_buf(),
            staging,
            files: Vec::new(),
            unchanged: Vec::new(),
            created: Vec::new(),
            bytes: 0,
            committed: false,
        })
    }

    /// Writes one template file's body: nothing if the directory already holds those bytes
    /// under that name, straight into the directory if it has no such file, else into the
    /// staging folder.
    pub(crate) fn write(&mut self, file: String, body: &str) -> Result<(), WriteError> {
        self.bytes += body.len();
        let target = self.dir.join(&file);
        match fs::metadata(&target) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                fs::write(&target, body).map_err(io_error(&target))?;
                self.created.push(file);
                return Ok(());
            }
            Ok(_) if holds(&target, body.as_bytes()) => {
                self.unchanged.push(file);
                return Ok(());
            }
            _ => {}
        }
        if self.files.is_empty() {
            fs::create_dir(&self.staging).map_err(io_error(&self.staging))?;
        }
        let path = self.staging.join(&file);
        fs::write(&path, body).map_err(io_error(&path))?;
        self.files.push(file);
        Ok(())
    }

    /// Moves every staged template into the directory (replacing the previous ones), removes
    /// templates of stacks that no longer exist and writes `manifest.json`, as
    /// [`Assembly::write`] leaves the directory.
    pub fn commit(mut self, assembly: &Assembly) -> Result<WriteSummary, WriteError> {
        let keep: BTreeSet<&str> = self
            .files
            .iter()
            .chain(&self.unchanged)
            .chain(&self.created)
            .map(String::as_str)
            .collect();
        remove_stale_templates(&self.dir, &keep)?;
        for file in &self.files {
            let (from, to) = (self.staging.join(file), self.dir.join(file));
            // Removed first: ext4 allocates the blocks of a file renamed over another at
            // once (auto_da_alloc), which made a rename over the old file cost three unlinks.
            match fs::remove_file(&to) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(io_error(&to)(e));
                }
                _ => {}
            }
            fs::rename(&from, &to).map_err(io_error(&to))?;
        }
        if !self.files.is_empty() {
            fs::remove_dir(&self.staging).map_err(io_error(&self.staging))?;
        }
        self.committed = true;
        write_manifest(&self.dir, assembly)?;
        Ok(WriteSummary {
            dir: self.dir.clone(),
            stacks: assembly.stacks.len(),
            resources: assembly.stacks.iter().map(|s| s.resource_count).sum(),
            bytes: self.bytes,
        })
    }
}

impl Drop for StagedWrite {
    /// A synth that failed (or panicked) leaves no staging folder behind, and no template
    /// the directory did not have.
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
            for file in &self.created {
                let _ = fs::remove_file(self.dir.join(file));
            }
        }
    }
}
