#!/usr/bin/env python3
"""Scores `smtp-status bounces --json` on the shared bounce corpus.

    python3 scripts/score-bounces.py [--binary PATH] [--shared DIR]

Runs the command over ../shared/bounces/maildir, scores its lines with the
corpus's own score.py, and fails when a figure falls below the floors in
scripts/bounce-scores.json (found, reason, hard/soft; extra above its
ceiling). Also fails when a CRLF or CR copy of a message gives other
verdicts than its original, or a message that is no bounce gives a
recipient. Without the corpus (a clone without ../shared) it says so and
skips, exit 0.
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, paths):
    """The JSON objects the command prints for `paths`."""
    out = subprocess.run([binary, 'bounces', '--json', *paths], check=False, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f'score-bounces: {binary} exited {out.returncode}: {out.stderr[-2000:]}')
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def verdicts(objects):
    """Per file name, the (recipient, reason, hard_bounce) of each line."""
    by_file = {}
    for o in objects:
        by_file.setdefault(os.path.basename(o['file']), []).append((o.get('recipient'), o.get('reason'), o.get('hard_bounce')))
    return by_file


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--binary', default=os.path.join(ROOT, 'target', 'release', 'smtp-status'))
    parser.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    args = parser.parse_args()
    corpus = os.path.join(args.shared, 'bounces')
    if not os.path.isdir(os.path.join(corpus, 'maildir')):
        print(f'score-bounces: skipped: no bounce corpus at {corpus} (a clone without ../shared)')
        return
    failures = []

    objects = run(args.binary, [os.path.join(corpus, 'maildir')])
    verdict_file = os.path.join(ROOT, 'target', 'bounce-verdicts.jsonl')
    with open(verdict_file, 'w', encoding='utf-8') as f:
        for o in objects:
            f.write(json.dumps(o) + '\n')
    scored = subprocess.run([sys.executable, os.path.join(corpus, 'score.py'), os.path.join(corpus, 'expected.jsonl'), verdict_file],
                            check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    print(f'score-bounces: {scored}')
    m = re.search(r'found (\d+) .*reason (\d+) .*hard/soft (\d+) .*extra (\d+); not JSON (\d+)', scored)
    if not m:
        sys.exit(f'score-bounces: cannot read the score: {scored}')
    found, reason, hard_soft, extra, bad = map(int, m.groups())
    with open(os.path.join(ROOT, 'scripts', 'bounce-scores.json'), encoding='utf-8') as f:
        floor = json.load(f)
    for name, got in [('found', found), ('reason', reason), ('hard_soft', hard_soft)]:
        if got < floor[name]:
            failures.append(f'{name} {got} is below the recorded {floor[name]}')
    if extra > floor['extra']:
        failures.append(f'extra {extra} is above the recorded {floor["extra"]}')
    if bad:
        failures.append(f'{bad} lines are not JSON objects')

    originals = verdicts(objects)
    for ends in ('crlf', 'cr'):
        copies = verdicts(run(args.binary, [os.path.join(corpus, 'line-ends', ends)]))
        for name, got in sorted(copies.items()):
            if got != originals.get(name):
                failures.append(f'{ends} copy of {name} gives {got}, the original {originals.get(name)}')
        print(f'score-bounces: {len(copies)} {ends.upper()} copies checked')
    for o in run(args.binary, [os.path.join(corpus, 'not-bounces')]):
        if o.get('recipient') is not None:
            failures.append(f'{os.path.basename(o["file"])} is no bounce, but gave {o["recipient"]}')
    print('score-bounces: the messages that are no bounce checked')

    for failure in failures:
        print(f'score-bounces: FAILED: {failure}', file=sys.stderr)
    if failures:
        sys.exit(1)


if __name__ == '__main__':
    main()
