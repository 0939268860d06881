#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-report-cli.py: `merit report`, headless: the pipeline figures against an independent
# reading of the package files, the filters, and the rule that no figure describes fewer
# than 5 people; `merit report --plot` saves the dashboard's plots as SVG and PNG without a
# display.
#
# Runs the binary named by $MERIT with no display, in a temporary folder, and prints TAP.

import datetime
import glob
import json
import os
import shutil
import struct
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
SVG = '{http://www.w3.org/2000/svg}'
XLINK = '{http://www.w3.org/1999/xlink}'
# Every plot of the dashboard: its name on the command line, its title, the heading of its
# rows and the label of its value axis, as the dashboard shows them.
PLOTS = [
    ('funnel', 'Funnel', 'Stage', 'Packages'),
    ('time-in-stage', 'Time in Stage', 'Stage', 'Days'),
    ('approval-latency', 'CEO Approval Latency', 'Month', 'Days'),
    ('score-distribution', 'Score Distribution', 'Criterion', 'Scores'),
    ('reviewer-severity', 'Reviewer Severity', 'Reviewer', 'Raw minus calibrated score (levels)'),
    ('bar-raiser', 'Bar-Raiser', 'Candidate', 'Calibrated score (1–4)'),
]
PNG_SIGNATURE = b'\x89PNG\r\n\x1a\n'


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


def plot(name, output, *extra, env=None):
    """Saves a plot with no display; returns the process."""
    if os.path.exists(output):
        os.unlink(output)
    return merit('report', DEMO, '--plot', name, '-o', output, *extra, env=env)


def read_svg(path):
    """The SVG's root, title and description; fails unless it is well-formed SVG."""
    root = ET.parse(path).getroot()
    check(root.tag == SVG + 'svg', '%s: root element is %s' % (path, root.tag))
    title = root.find(SVG + 'title')
    desc = root.find(SVG + 'desc')
    check(title is not None and desc is not None, '%s has no <title> and <desc>' % path)
    return root, title.text, desc.text


def table_of(desc):
    """The rows of the table in a plot's description, split into cells."""
    return [line.split(' | ') for line in desc.splitlines() if ' | ' in line]


def listing(folder):
    return sorted(os.listdir(folder))


def test_plot_help():
    proc = merit('report', '--help')
    check(proc.returncode == 0, 'report --help exits %d' % proc.returncode)
    check('--plot' in proc.stdout and '--output' in proc.stdout, 'no --plot and -o in --help')
    for name, _, _, _ in PLOTS:
        check(name in proc.stdout, 'report --help does not name the plot %r' % name)
    proc = merit('--help')
    check('--plot NAME' in proc.stdout, 'merit --help does not show report --plot')


def test_plot_svg():
    folder = os.path.join(TMP, 'svg')
    os.makedirs(folder, exist_ok=True)
    for name, title, rows, axis in PLOTS:
        path = os.path.join(folder, name + '.svg')
        proc = plot(name, path, '--interval', 'month')
        check(proc.returncode == 0, '--plot %s → %d: %s' % (name, proc.returncode, proc.stderr))
        check(not proc.stdout and not proc.stderr, '--plot %s printed %r %r' % (name, proc.stdout,
                                                                               proc.stderr))
        root, svg_title, desc = read_svg(path)
        check(svg_title == title, '%s: title %r, expected %r' % (name, svg_title, title))
        check('Axis: ' + axis in desc, '%s: the axis label %r is not in %r' % (name, axis, desc))
        table = table_of(desc)
        check(table and table[0][0] == rows, '%s: table heading %r' % (name, table[:1]))
        check(root.get('viewBox', '').split()[2:3] == ['800'], '%s: viewBox %r' % (
            name, root.get('viewBox')))
        height = float(root.get('viewBox').split()[3])
        check(150 < height < 3000, '%s: %r pixels high' % (name, height))
        glyphs = [u for u in root.iter(SVG + 'use')
                  if u.get(XLINK + 'href', '').startswith('#glyph')]
        # The title alone has more letters; a plot of words and numbers has hundreds.
        check(len(glyphs) > 100, '%s: only %d glyphs drawn' % (name, len(glyphs)))
    check(listing(folder) == sorted(p[0] + '.svg' for p in PLOTS), 'stray files: %s' %
          listing(folder))


def test_plot_matches_report():
    data = report()
    path = os.path.join(TMP, 'funnel.svg')
    check(plot('funnel', path).returncode == 0, 'funnel failed')
    table = table_of(read_svg(path)[2])
    check(table[0] == ['Stage', 'Reached', 'Now'], 'funnel headings %r' % table[0])
    check(len(table) - 1 == len(data['funnel']), 'funnel rows %d, report %d' % (
        len(table) - 1, len(data['funnel'])))
    for cells, row in zip(table[1:], data['funnel']):
        for cell, key in ((cells[1], 'reached'), (cells[2], 'current')):
            expected = 'fewer than 5' if row[key + '_suppressed'] else str(row[key])
            check(cell == expected, 'funnel %s %s: plot %r, report %r' % (row['stage'], key,
                                                                          cell, expected))
    check(any('fewer than 5' in cells for cells in table), 'no suppressed value in the funnel')
    for cells in table[1:]:
        for cell in cells[1:]:
            check(cell not in ('1', '2', '3', '4'), 'funnel shows a group of %s' % cell)


def test_plot_filters():
    roles = sorted({p['role'] for p in packages()})
    path = os.path.join(TMP, 'role.svg')
    for role in roles[:2]:
        data = report('--role', role)
        check(plot('funnel', path, '--role', role).returncode == 0, 'funnel --role failed')
        sourced = table_of(read_svg(path)[2])[1]
        expected = 'fewer than 5' if data['funnel'][0]['reached_suppressed'] \
            else str(data['funnel'][0]['reached'])
        check(sourced[1] == expected, '--role %s: plot %r, report %r' % (role, sourced, expected))
    proc = plot('approval-latency', path, '--interval', 'week')
    check(proc.returncode == 0, 'latency --interval week failed: ' + proc.stderr)
    _, title, desc = read_svg(path)
    weeks = report('--interval', 'week')['approval_latency']['periods']
    check(table_of(desc)[0][0] == 'Week', 'weekly latency heading %r' % table_of(desc)[0])
    check([cells[0] for cells in table_of(desc)[1:]] == [p['period'] for p in weeks],
          'weekly periods differ from the report')
    check(plot('funnel', path, '--from', '1990-01-01', '--to', '1990-12-31').returncode == 0,
          'funnel of an empty period failed')
    sourced = table_of(read_svg(path)[2])[1]
    check(sourced[1] == '0', 'a period before the demo has %r sourced' % sourced)


def test_plot_png():
    folder = os.path.join(TMP, 'png')
    os.makedirs(folder, exist_ok=True)
    for name, _, _, _ in PLOTS:
        path = os.path.join(folder, name + '.PNG')
        proc = plot(name, path)
        check(proc.returncode == 0, '--plot %s png → %d: %s' % (name, proc.returncode,
                                                               proc.stderr))
        with open(path, 'rb') as f:
            head = f.read(24)
        check(head[:8] == PNG_SIGNATURE, '%s: no PNG signature: %r' % (name, head[:8]))
        check(head[12:16] == b'IHDR', '%s: no IHDR chunk first' % name)
        width, height = struct.unpack('>II', head[16:24])
        check(width == 800 and 150 < height < 3000, '%s: %d×%d' % (name, width, height))
        check(os.path.getsize(path) > 5000, '%s: only %d bytes' % (name,
                                                                   os.path.getsize(path)))


def test_plot_bad_names():
    folder = os.path.join(TMP, 'bad')
    os.makedirs(folder, exist_ok=True)
    for name, output, named in (('pie', 'pie.svg', 'pie'), ('ceo-latency', 'x.png', 'ceo-latency'),
                                ('funnel', 'funnel.pdf', 'funnel.pdf'),
                                ('funnel', 'funnel.jpg', 'funnel.jpg'),
                                ('funnel', 'funnel', 'funnel')):
        proc = plot(name, os.path.join(folder, output))
        check(proc.returncode == 2, '--plot %s -o %s → %d, expected 2 (bad usage)' % (
            name, output, proc.returncode))
        first = proc.stderr.splitlines()[0] if proc.stderr else ''
        check(named in first, '--plot %s -o %s: %r does not name %r' % (name, output, first,
                                                                         named))
        if named == 'pie':
            for valid, _, _, _ in PLOTS:
                check(valid in first, 'the error for “pie” does not list %r: %r' % (valid, first))
        check(listing(folder) == [], '--plot %s -o %s wrote %s' % (name, output, listing(folder)))
    for args in ((['--plot', 'funnel']), (['-o', os.path.join(folder, 'x.svg')]),
                 (['--plot', 'funnel', '--json', '-o', os.path.join(folder, 'x.svg')])):
        proc = merit('report', DEMO, *args)
        check(proc.returncode == 2 and proc.stderr.strip(), 'report %s → %d' % (
            ' '.join(args), proc.returncode))
    check(listing(folder) == [], 'bad usage wrote %s' % listing(folder))


def test_plot_unwritable():
    folder = os.path.join(TMP, 'unwritable')
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'a-file'), 'w') as f:
        f.write('keep')
    os.makedirs(os.path.join(folder, 'a-folder.svg'))
    for output in (os.path.join(folder, 'missing', 'x.svg'), os.path.join(folder, 'a-file', 'x.png'),
                   os.path.join(folder, 'a-folder.svg')):
        proc = plot('funnel', output) if not os.path.isdir(output) else \
            merit('report', DEMO, '--plot', 'funnel', '-o', output)
        check(proc.returncode == 1, '-o %s → %d, expected 1' % (output, proc.returncode))
        lines = proc.stderr.splitlines()
        check(len(lines) == 1 and output in lines[0], '-o %s: stderr %r' % (output, proc.stderr))
    check(listing(folder) == ['a-file', 'a-folder.svg'], 'left behind: %s' % listing(folder))
    check(listing(os.path.join(folder, 'a-folder.svg')) == [], 'wrote into the folder')
    with open(os.path.join(folder, 'a-file')) as f:
        check(f.read() == 'keep', 'a-file was changed')
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            proc = plot('funnel', os.path.join(folder, 'x.svg'))
            check(proc.returncode == 1 and 'x.svg' in proc.stderr, 'read-only folder → %d: %s' % (
                proc.returncode, proc.stderr))
        finally:
            os.chmod(folder, 0o755)


def test_plot_without_display():
    # GTK cannot open a display here: a command that initialised it would fail or abort.
    path = os.path.join(TMP, 'headless.png')
    proc = plot('score-distribution', path, env={'GDK_BACKEND': 'x11', 'GSK_RENDERER': 'cairo'})
    check(proc.returncode == 0, 'headless plot → %d: %s' % (proc.returncode, proc.stderr))
    check(not proc.stderr, 'headless plot warned: %r' % proc.stderr)
    with open(path, 'rb') as f:
        check(f.read(8) == PNG_SIGNATURE, 'headless plot is no PNG')


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
        ('report --help lists --plot and every plot name', test_plot_help),
        ('--plot writes each plot as valid SVG with its title and axis', test_plot_svg),
        ('the funnel plot shows the report’s figures, small groups suppressed',
         test_plot_matches_report),
        ('--plot honours --role, --interval, --from and --to', test_plot_filters),
        ('--plot writes each plot as an 800-pixel-wide PNG', test_plot_png),
        ('an unknown plot or extension is refused, naming it, writing nothing',
         test_plot_bad_names),
        ('-o to an unwritable place fails cleanly', test_plot_unwritable),
        ('--plot needs no display', test_plot_without_display),
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
