// cdk-nag's AwsSolutions pack over synthesized cloud assemblies (tests/scripts/cdk-nag.sh).
//
//   node tests/cdk-nag/app.js OUT_DIR ASSEMBLY_DIR...
//
// Each ASSEMBLY_DIR is one example's `synth --out` folder (manifest.json + templates). Every
// template is included into its own CDK stack with CfnInclude, and AwsSolutionsChecks runs
// over all of them. cdk-nag 2.x reads the suppressions our constructs write into each
// resource's Metadata.cdk_nag.rules_to_suppress (with their reasons, granular `applies_to`
// too), so nothing is suppressed here. Prints every unsuppressed finding (error or warning)
// and every suppression with its reason; exits 1 on any unsuppressed finding, or on a
// suppression whose reason is empty.
'use strict';

const fs = require('fs');
const path = require('path');
const { App, Aspects, Stack } = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const { AwsSolutionsChecks } = require('cdk-nag');

const [outDir, ...assemblies] = process.argv.slice(2);
if (!outDir || assemblies.length === 0) {
  console.error('usage: node app.js OUT_DIR ASSEMBLY_DIR...');
  process.exit(2);
}

const app = new App({ outdir: outDir });
const suppressions = [];
let templates = 0;
for (const dir of assemblies) {
  const example = path.basename(dir);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  for (const s of manifest.stacks) {
    const file = path.join(dir, s.templateFile);
    const id = `${example}-${s.name}`.replace(/[^A-Za-z0-9-]/g, "-");
    const stack = new Stack(app, id, { env: { region: s.region } });
    new CfnInclude(stack, 'Template', { templateFile: file });
    templates += 1;
    const body = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [id, r] of Object.entries(body.Resources || {})) {
      for (const x of ((r.Metadata || {}).cdk_nag || {}).rules_to_suppress || []) {
        suppressions.push({ where: `${s.name}/${id}`, id: x.id, reason: x.reason || '' });
      }
    }
  }
}
// `reports` writes one CSV per stack (rule, resource, Compliant / Non-Compliant / Suppressed).
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true, reports: true }));
const assembly = app.synth();

let findings = 0;
for (const stack of assembly.stacks) {
  for (const m of stack.messages) {
    const text = String(m.entry.data);
    if ((m.level === 'error' || m.level === 'warning') && text.startsWith('AwsSolutions-')) {
      findings += 1;
      console.log(`${m.level.toUpperCase()} ${m.id}: ${text.split('\n')[0]}`);
    }
  }
}
let suppressedFindings = 0;
for (const f of fs.readdirSync(outDir).filter((f) => f.endsWith('-NagReport.csv'))) {
  const lines = fs.readFileSync(path.join(outDir, f), 'utf8').split('\n');
  suppressedFindings += lines.filter((l) => l.includes('"Suppressed"')).length;
}
const unreasoned = suppressions.filter((s) => s.reason.trim().length < 10);
for (const s of unreasoned) {
  console.log(`SUPPRESSION WITHOUT A REASON ${s.where}: ${s.id}`);
}
const rules = new Set(suppressions.map((s) => s.id));
console.log(`suppressions in the templates: ${suppressions.length} (${[...rules].sort().join(', ')})`);
console.log(
  `cdk-nag AwsSolutions: ${templates} templates, ${findings} unsuppressed finding(s), ` +
    `${suppressedFindings} suppressed (each with its reason in the template)`,
);
process.exitCode = findings > 0 || unreasoned.length > 0 ? 1 : 0;
