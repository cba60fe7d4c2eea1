//! Writing an assembly while it is synthesized ([`App::synth_into`](crate::App::synth_into)):
//! each template goes into a staging folder inside the output directory as soon as its body
//! is serialized, and the body is dropped, so a large app never holds every body at once.
//! The directory itself changes only at [`StagedWrite::commit`]: a synth that fails leaves
//! the previous assembly as it was.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::{io_error, remove_stale_templates, write_manifest, Assembly, StackArtifact};
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
    files: Vec<String>,
    bytes: usize,
    committed: bool,
}

impl StagedWrite {
    /// Starts writing into `dir` (created if missing), clearing a staging folder a crashed
    /// run may have left there.
    pub fn new(dir: &Path) -> Result<StagedWrite, WriteError> {
        let staging = dir.join(STAGING);
        fs::create_dir_all(dir).map_err(io_error(dir))?;
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(io_error(&staging))?;
        }
        fs::create_dir(&staging).map_err(io_error(&staging))?;
        Ok(StagedWrite {
            dir: dir.to_path_buf(),
            staging,
            files: Vec::new(),
            bytes: 0,
            committed: false,
        })
    }

    /// Writes the artifact's serialized body into the staging folder and drops it from memory
    /// ([`StackArtifact::body_len`] keeps its size), with its logical paths: rule packs have
    /// read them by then.
    pub fn put(&mut self, artifact: &mut StackArtifact) -> Result<(), WriteError> {
        self.write(artifact.template_file(), &artifact.body)?;
        artifact.body = String::new();
        artifact.logical_paths = std::collections::BTreeMap::new();
        Ok(())
    }

    /// Writes one template file's body into the staging folder.
    pub(crate) fn write(&mut self, file: String, body: &str) -> Result<(), WriteError> {
        let path = self.staging.join(&file);
        fs::write(&path, body).map_err(io_error(&path))?;
        self.bytes += body.len();
        self.files.push(file);
        Ok(())
    }

    /// Moves every staged template into the directory (replacing the previous ones), removes
    /// templates of stacks that no longer exist and writes `manifest.json`, as
    /// [`Assembly::write`] leaves the directory.
    pub fn commit(mut self, assembly: &Assembly) -> Result<WriteSummary, WriteError> {
        let keep: BTreeSet<&str> = self.files.iter().map(String::as_str).collect();
        remove_stale_templates(&self.dir, &keep)?;
        for file in &self.files {
            let (from, to) = (self.staging.join(file), self.dir.join(file));
            fs::rename(&from, &to).map_err(io_error(&to))?;
        }
        fs::remove_dir(&self.staging).map_err(io_error(&self.staging))?;
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
    /// A synth that failed (or panicked) leaves no staging folder behind.
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}
