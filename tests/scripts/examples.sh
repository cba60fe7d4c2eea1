# shellcheck shell=bash
# Sourced by the test scripts: the example programs and how to synthesize one.
#   synth_example NAME DIR   writes example NAME's cloud assembly into DIR (release, no AWS SDK)
# shellcheck disable=SC2034 # read by the scripts that source this file
EXAMPLES=(reference single_server two_az large)
synth_example() {
  local ex=$1 dir=$2
  if [ "$ex" = reference ]; then
    cargo run --quiet --release --no-default-features -- synth --out "$dir" --quiet
  else
    cargo run --quiet --release --no-default-features --example "$ex" -- synth --out "$dir" --quiet
  fi
}
