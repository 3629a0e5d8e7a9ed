#!/bin/bash
# run.sh FIRST LAST - differential test of rgo against gc on the programs gen.py makes
# for seeds FIRST..LAST, in a scratch directory; prints the seeds whose output or exit
# status differ. GO (default: go) and R (default: target/release/rgo) select the
# compilers.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d)
cd "$WORK"
GO=${GO:-go}
export GOTOOLCHAIN=local
R=${R:-$ROOT/target/release/rgo}
fail=0
for seed in $(seq $1 $2); do
  python3 "$HERE/gen.py" $seed > p$seed.go
  if ! $GO build -o g$seed p$seed.go 2> gerr$seed; then echo "seed $seed: skipped (gc rejects it)"; continue; fi
  timeout 10 ./g$seed > g$seed.out 2>&1; ge=$?
  if ! $R build -o r$seed p$seed.go 2> rerr$seed; then echo "seed $seed: rgo build failed"; head -3 rerr$seed; fail=1; continue; fi
  timeout 10 ./r$seed > r$seed.out 2>&1; re=$?
  if [ $ge != $re ] || ! cmp -s g$seed.out r$seed.out; then echo "seed $seed: DIFF exit $ge/$re"; diff g$seed.out r$seed.out | head -5; fail=1; else rm -f g$seed r$seed gerr$seed rerr$seed; fi
done
echo "done fail=$fail (scratch: $WORK)"
