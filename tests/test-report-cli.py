#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-report-cli.py: `merit report`, headless: the pipeline figures against an independent
# reading of the package files, the filters, and the rule that no figure describes fewer
# than 5 people.
#
# Runs the binary named by $MERIT with no display, in a temporary folder, and prints TAP.

import datetime
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET

MERIT = os.environ.get('MERIT')
NS = '{urn:merit:1}'
TMP = tempfile.mkdtemp(prefix='merit-report-')
DEMO = os.path.join(TMP, 'demo')
TOP_KEYS = {'filters', 'min_group', 'candidates', 'funnel', 'stage_times', 'approval_latency',
            'scores', 'reviewer_severity', 'bar_raiser'}
# Fields that count people (or a reviewer's reviews): never 1 to 4.
COUNT_KEYS = {'current', 'reached', 'n', 'count', 'reviews', 'past_hires'}


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def merit(*args, env=None):
    environ = dict(os.environ)
    for name in ('DISPLAY', 'WAYLAND_DISPLAY', 'GDK_BACKEND'):
        environ.pop(name, None)
    environ['LC_ALL'] = 'C.UTF-8'
    environ.update(env or {})
    return subprocess.run([MERIT] + [str(a) for a in args], capture_output=True, text=True,
                          env=environ, timeout=300)


def report(*extra):
    proc = merit('report', DEMO, '--json', *extra)
    check(proc.returncode == 0, 'report %s → %d: %s' % (' '.join(extra), proc.returncode,
                                                        proc.stderr))
    return json.loads(proc.stdout)


def parse_time(text):
    if len(text) == 10:
        text += 'T00:00:00Z'
    return datetime.datetime.strptime(text, '%Y-%m-%dT%H:%M:%SZ')


def packages():
    """Every demo package as (role, stage, created, [(time, to_stage)...])."""
    result = []
    for path in sorted(glob.glob(os.path.join(DEMO, 'packages', '*.xml'))):
        root = ET.parse(path).getroot()
        role = root.find(NS + 'role')
        events = [(parse_time(e.get('time')), e.get('to'))
                  for e in root.iter(NS + 'event') if e.get('to')]
        result.append({'role': role.get('title') if role is not None else None,
                       'stage': root.get('stage'), 'created': parse_time(root.get('created')),
                       'events': events})
    return result


def shown(n):
    """What the report must say about a group of n people."""
    return None if 0 < n < 5 else n


def quantile(values, q):
    values = sorted(values)
    position = (len(values) - 1) * q
    below = int(position)
    if below + 1 >= len(values):
        return values[-1]
    return values[below] + (position - below) * (values[below + 1] - values[below])


def stays(stage):
    """Completed stays in @stage, in days, with the package each comes from."""
    result = []
    for number, package in enumerate(packages()):
        events = package['events']
        for (start, to), (end, _) in zip(events, events[1:]):
            if to == stage:
                result.append(((end - start).total_seconds() / 86400, number))
    return result


def walk_counts(node, path='$'):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in COUNT_KEYS and isinstance(value, int):
                yield path + '.' + key, value
            yield from walk_counts(value, path + '.' + key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk_counts(value, '%s[%d]' % (path, index))


# --------------------------------------------------------------------------------------------

def test_demo():
    proc = merit('demo', DEMO, '--candidates', 150, '--seed', 11)
    check(proc.returncode == 0, 'demo failed: ' + proc.stderr)


def test_json_shape():
    data = report()
    check(set(data) == TOP_KEYS, 'top-level keys: %s' % sorted(data))
    check(data['min_group'] == 5, 'min_group is %r' % data['min_group'])
    check(data['candidates'] == 150, 'candidates is %r' % data['candidates'])
    check(len(data['funnel']) == 13, 'funnel has %d stages' % len(data['funnel']))
    check(len(data['scores']) == 6, 'the default rubric has 6 criteria')
    check(all(len(row['levels']) == 4 for row in data['scores']), 'four levels per criterion')
    check(data['approval_latency']['interval'] in ('week', 'month'), 'interval')
    check(data['approval_latency']['periods'], 'the demo has CEO decisions')
    check(data['reviewer_severity'], 'the demo has reviewers')
    check(data['bar_raiser'], 'the demo has packages in offer stages')


def test_no_small_group():
    for extra in ([], ['--role', 'Data Scientist'], ['--from', '2000-01-01', '--to', '2100-01-01'],
                  ['--interval', 'week']):
        data = report(*extra)
        small = [(path, value) for path, value in walk_counts(data) if 0 < value < 5]
        check(not small, 'groups of fewer than 5 shown with %s: %s' % (extra, small[:5]))
    data = report()
    suppressed = [row for row in data['funnel'] if row['current_suppressed']]
    check(suppressed, 'a demo of 150 has some stage with 1–4 packages; none is suppressed')
    for row in suppressed:
        check(row['current'] is None, 'suppressed count is not null: %r' % row)
    for row in data['stage_times'] + data['approval_latency']['periods']:
        if row['suppressed']:
            check(row['n'] is None and row['median_days'] is None and row['p90_days'] is None,
                  'suppressed durations show figures: %r' % row)
    for row in data['reviewer_severity']:
        if row['suppressed']:
            check(row['mean_offset'] is None, 'suppressed severity shows an offset: %r' % row)


def test_funnel_matches_files():
    data = report()
    all_packages = packages()
    for row in data['funnel']:
        stage = row['stage']
        current = sum(1 for p in all_packages if p['stage'] == stage)
        reached = sum(1 for p in all_packages
                      if p['stage'] == stage or any(to == stage for _, to in p['events']))
        check(row['current'] == shown(current),
              '%s now: report %r, files %d' % (stage, row['current'], current))
        check(row['reached'] == shown(reached),
              '%s reached: report %r, files %d' % (stage, row['reached'], reached))
    check(data['funnel'][0]['reached'] == 150, 'every package was sourced')


def test_stage_times_match_files():
    data = report()
    compared = 0
    for row in data['stage_times']:
        found = stays(row['stage'])
        people = len({number for _, number in found})
        if 0 < people < 5:
            check(row['suppressed'], '%s: %d packages not suppressed' % (row['stage'], people))
            continue
        check(row['n'] == people, '%s: n %r, files %d' % (row['stage'], row['n'], people))
        if not found:
            continue
        days = [d for d, _ in found]
        for key, q in (('median_days', 0.5), ('p90_days', 0.9)):
            expected = round(quantile(days, q), 2)
            check(abs(row[key] - expected) < 0.011,
                  '%s %s: report %r, files %r' % (row['stage'], key, row[key], expected))
        compared += 1
    check(compared >= 5, 'only %d stages had enough stays to compare' % compared)


def test_latency_matches_files():
    data = report('--interval', 'month')
    check(data['approval_latency']['interval'] == 'month', 'interval is not month')
    months = {}
    for number, package in enumerate(packages()):
        events = package['events']
        for (start, to), (end, outcome) in zip(events, events[1:]):
            if to == 'ceo-review' and outcome in ('approved', 'returned', 'rejected'):
                months.setdefault(end.strftime('%Y-%m'), []).append(
                    ((end - start).total_seconds() / 86400, number))
    periods = {row['period']: row for row in data['approval_latency']['periods']}
    check(set(periods) == set(months), 'months: report %s, files %s' % (sorted(periods),
                                                                       sorted(months)))
    for month, found in months.items():
        row = periods[month]
        people = len({number for _, number in found})
        if people < 5:
            check(row['suppressed'] and row['median_days'] is None, month + ' not suppressed')
        else:
            expected = round(quantile([d for d, _ in found], 0.5), 2)
            check(abs(row['median_days'] - expected) < 0.011,
                  '%s median: report %r, files %r' % (month, row['median_days'], expected))


def test_role_filter():
    roles = {p['role'] for p in packages()}
    for role in sorted(roles):
        data = report('--role', role)
        expected = sum(1 for p in packages() if p['role'] == role)
        check(data['filters']['role'] == role, 'filters.role is %r' % data['filters']['role'])
        check(data['candidates'] == expected,
              '%s: %d candidates, files %d' % (role, data['candidates'], expected))
        check(all(row['role'] == role for row in data['bar_raiser']),
              'bar-raiser rows of other roles with --role %s' % role)
    data = report('--role', 'Astronaut')
    check(data['candidates'] == 0 and data['funnel'][0]['reached'] == 0,
          'an unknown role has no packages')


def test_period_filter():
    created = sorted(p['created'] for p in packages())
    middle = created[len(created) // 2].strftime('%Y-%m-%d')
    data = report('--from', middle)
    since = parse_time(middle)
    expected = sum(1 for c in created if c >= since)
    check(data['candidates'] == expected,
          'from %s: %d candidates, files %d' % (middle, data['candidates'], expected))
    check(data['filters']['from'] == middle, 'filters.from is %r' % data['filters']['from'])
    before = report('--to', middle)
    until = parse_time(middle) + datetime.timedelta(days=1)
    expected = sum(1 for c in created if c < until)
    check(before['candidates'] == expected,
          'to %s: %d candidates, files %d' % (middle, before['candidates'], expected))
    empty = report('--from', '1990-01-01', '--to', '1990-12-31')
    check(empty['candidates'] == 0 and not empty['approval_latency']['periods'],
          'a period before the demo has no figures')


def test_text_output():
    proc = merit('report', DEMO)
    check(proc.returncode == 0, 'report exits %d: %s' % (proc.returncode, proc.stderr))
    for heading in ('Funnel', 'Time in stage (days)', 'CEO approval latency',
                    'Scores per criterion', 'Reviewer severity', 'Bar-raiser'):
        check(heading in proc.stdout, 'no %r in the text report' % heading)
    check('fewer than 5' in proc.stdout, 'suppressed figures are not marked in the text')
    data = report()
    sourced = data['funnel'][0]
    line = next(l for l in proc.stdout.splitlines() if l.strip().startswith('Sourced'))
    check(str(sourced['reached']) in line.split(), 'Sourced line %r lacks %r' %
          (line, sourced['reached']))


def test_usage():
    for args, status in ((['report'], 2), (['report', DEMO, '--from', '2026-13-01'], 2),
                         (['report', DEMO, '--to', 'yesterday'], 2),
                         (['report', DEMO, '--from', '2026-05-01', '--to', '2026-04-01'], 2),
                         (['report', DEMO, '--interval', 'year'], 2),
                         (['report', os.path.join(TMP, 'nowhere')], 1)):
        proc = merit(*args)
        check(proc.returncode == status, 'merit %s → %d, expected %d' % (' '.join(args[1:]),
                                                                         proc.returncode, status))
        check(proc.stderr.strip(), 'merit %s explains nothing on stderr' % ' '.join(args[1:]))


def main():
    if not MERIT or not os.path.isabs(MERIT) or not os.access(MERIT, os.X_OK):
        print('1..0 # SKIP $MERIT is not an executable absolute path')
        return 0
    cases = [
        ('demo --candidates 150', test_demo),
        ('report --json has every figure', test_json_shape),
        ('no figure shows a group of 1 to 4 people', test_no_small_group),
        ('funnel matches the package files', test_funnel_matches_files),
        ('median and p90 days in stage match the history', test_stage_times_match_files),
        ('CEO approval latency per month matches the history', test_latency_matches_files),
        ('--role counts only that role', test_role_filter),
        ('--from and --to follow the packages created in the period', test_period_filter),
        ('text report has every table and marks suppressed figures', test_text_output),
        ('bad dates, intervals and folders are refused', test_usage),
    ]
    print('1..%d' % len(cases), flush=True)
    failed = 0
    try:
        for number, (name, func) in enumerate(cases, 1):
            try:
                func()
                print('ok %d - %s' % (number, name))
            except Exception as e:
                failed += 1
                print('not ok %d - %s' % (number, name))
                detail = str(e) if isinstance(e, Failure) else traceback.format_exc()
                for line in detail.splitlines():
                    print('# ' + line)
            sys.stdout.flush()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
