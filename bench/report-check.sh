#!/usr/bin/env bash
# Trains a tiny run with evaluation, then opens its report.html in headless Chromium (Debian
# package 'chromium') with the network off, and checks what a reader sees: the sections, one
# figure per sample interval, the metric table, and that every image actually loads from disk.
# Leaves a screenshot to look at. Usage: bench/report-check.sh [OUT_DIR]   (default: a temp dir)
#
# The run uses the test plugins (test-stripes, a 1x8x8 labelled dataset, with classifier-fid) from
# the test jars that 'mvn package' builds, put on the class path with GANFORGE_CLASSPATH.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
  echo "report-check: no chromium on PATH; install it (apt-get install -y chromium)" >&2
  exit 77
fi
mvn -B -q -o package -DskipTests 2>/dev/null || mvn -B -q package -DskipTests
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
cat > "$out/report-check.yaml" <<YAML
name: report-check
data: {shape: [1, 8, 8], range: [0, 1], dataset: test-stripes}
latent: {size: 4}
loss: bce
generator:
  optimizer: {type: adam, lr: 1e-3, beta1: 0.5}
  blocks:
    - dense: {units: 64, activation: sigmoid}
    - reshape: {shape: [1, 8, 8]}
discriminator:
  optimizer: {type: adam, lr: 1e-3, beta1: 0.5}
  blocks: [flatten, dense: {units: 1}]
training:
  batch-size: 16
  steps: 40
  seed: 3
  sample-every: 10
  checkpoint-every: 20
  evaluate-every: 20
  metrics:
    - {type: classifier-fid, samples: 200, epochs: 2, cache: "$out/cache"}
YAML
rm -rf "$out/run"
export GANFORGE_CLASSPATH="$(ls plugins/target/ganforge-plugins-*-tests.jar):dsl-examples/target/test-classes"
./ganforge train "$out/report-check.yaml" --out "$out/run" --threads 1 2>/dev/null

# A page that opens the report in a frame and writes what it finds into its own DOM.
cat > "$out/probe.html" <<'HTML'
<!DOCTYPE html><html><body><iframe id="r" src="run/report.html" width="1200" height="800"></iframe>
<pre id="result">waiting</pre>
<script>
document.getElementById('r').onload = () => {
  const d = document.getElementById('r').contentDocument;
  const images = [...d.images];
  const broken = images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src'));
  document.getElementById('result').textContent = [
    'title=' + d.title,
    'h1=' + d.querySelector('h1').textContent,
    'sections=' + [...d.querySelectorAll('h2')].map(h => h.textContent).join('|'),
    'samples=' + d.querySelectorAll('figure.sample').length,
    'metric-rows=' + (d.querySelectorAll('#metric-table tr').length - 1),
    'metric-columns=' + [...d.querySelectorAll('#metric-table th')].map(h => h.textContent).join('|'),
    'spec-has-dataset=' + d.getElementById('spec').textContent.includes('dataset: test-stripes'),
    'provenance-has-seed=' + d.getElementById('provenance').textContent.includes('seed3'),
    'progress-has-wall-time=' + / of wall time; started .* UTC\.$/.test(d.getElementById('progress').textContent),
    'summary-has-generator=' + d.getElementById('summary').textContent.includes('generator'),
    'images=' + images.length,
    'broken=' + broken.join('|'),
  ].join('\n');
};
</script></body></html>
HTML
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
  --disable-sync --no-first-run --allow-file-access-from-files --virtual-time-budget=5000)
profile="$(mktemp -d)"
"$browser" "${flags[@]}" --user-data-dir="$profile" --dump-dom "file://$out/probe.html" 2>/dev/null > "$out/probe-dom.html"
"$browser" "${flags[@]}" --user-data-dir="$profile" --window-size=1200,2400 --screenshot="$out/report.png" \
  "file://$out/run/report.html" 2>/dev/null >/dev/null
rm -rf "$profile"
result="$(sed -n '/<pre id="result">/,/<\/pre>/p' "$out/probe-dom.html" | sed 's/<[^>]*>//g')"
echo "$result"

expect() {
  if ! grep -qxF "$1" <<<"$result"; then
    echo "report-check: FAILED: expected '$1'" >&2
    exit 1
  fi
}
expect "h1=report-check"
expect "sections=Metrics|Losses|Samples|Networks|Spec|Provenance"
expect "samples=5"              # steps 0, 10, 20, 30, 40
expect "metric-rows=3"          # steps 0, 20, 40
expect "metric-columns=step|fid|classifier-accuracy"
expect "spec-has-dataset=true"
expect "provenance-has-seed=true"
expect "progress-has-wall-time=true"
expect "summary-has-generator=true"
expect "images=7"               # metrics.png, losses.png and 5 sample grids
expect "broken="
echo "report-check: OK; screenshot: $out/report.png"
