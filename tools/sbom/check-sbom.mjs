// Issue 15: fails unless a CycloneDX SBOM exists, lists components, and names the ones given.
// usage: node tools/sbom/check-sbom.mjs FILE COMPONENT...   (COMPONENT: name, or group:name)
import { readFileSync } from 'node:fs';

const [file, ...required] = process.argv.slice(2);
if (!file) {
  console.error('usage: check-sbom.mjs FILE COMPONENT...');
  process.exit(2);
}

let bom;
try {
  bom = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: no readable SBOM (${error.message})`);
  process.exit(1);
}

const problems = [];
if (bom.bomFormat !== 'CycloneDX') problems.push(`bomFormat is ${JSON.stringify(bom.bomFormat)}, not "CycloneDX"`);
const components = Array.isArray(bom.components) ? bom.components : [];
if (components.length === 0) problems.push('it lists no components');
const unversioned = components.filter((c) => !c.version).map((c) => c.name);
if (unversioned.length > 0) problems.push(`components without a version: ${unversioned.slice(0, 5).join(', ')}`);
for (const wanted of required) {
  const [group, name] = wanted.includes(':') ? wanted.split(':') : [undefined, wanted];
  const found = components.some((c) => c.name === name && (group === undefined ? !c.group : c.group === group));
  if (!found) problems.push(`it does not list ${wanted}`);
}

if (problems.length > 0) {
  console.error(`${file}: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`${file}: CycloneDX ${bom.specVersion}, ${components.length} components, including ${required.join(', ')}`);
