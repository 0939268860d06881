#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-blind-import.py: what a reviewer sees of imported résumés names nobody (PRODUCT.md §4).
#
# Imports every JSON Resume sample in $MERIT_SHARED_DATA/jsonresume (the shared third-party
# samples, or the copy in tests/fixtures/samples) into a fresh workspace and checks that
# `merit show --blind`, as text and as JSON, and the package file itself (identity sealed to
# the demo's chair and CEO) contain none of the identity strings of the
# package: its names, every part of a name of three or more letters, e-mail addresses, phone
# numbers, web addresses and profile handles, taken both from the package and from the file.
# A single part of a name counts where it is written as a name, capitalised: the redaction
# keeps the ordinary word “developer” for a candidate called Jane Developer, as it should.
# Prints TAP.

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback

MERIT = os.environ.get('MERIT')
SAMPLES = os.path.join(os.environ.get('MERIT_SHARED_DATA', ''), 'jsonresume')
# Titles before a name say nothing about who the person is.
HONORIFICS = {'dr', 'dr.', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'prof', 'prof.'}


class Failure(Exception):
    pass


def merit(*args):
    env = dict(os.environ)
    for name in ('DISPLAY', 'WAYLAND_DISPLAY', 'GDK_BACKEND'):
        env.pop(name, None)
    env['LC_ALL'] = 'C.UTF-8'
    proc = subprocess.run([MERIT] + list(args), capture_output=True, text=True, env=env,
                          timeout=120)
    return proc


def check(condition, message):
    if not condition:
        raise Failure(message)


def is_resume(path):
    with open(path, encoding='utf-8') as f:
        document = json.load(f)
    return isinstance(document, dict) and isinstance(document.get('basics'), dict)


def name_parts(name):
    return [part for part in re.split(r'[\s,]+', name)
            if len(part) >= 3 and part.lower() not in HONORIFICS]


def parts_of(name):
    # Marked so that leaks() matches them as written, not in lower case.
    return [('part', part) for part in name_parts(name)]


def secrets_of_file(path):
    with open(path, encoding='utf-8') as f:
        basics = json.load(f).get('basics', {})
    secrets = []
    for key in ('name', 'email', 'phone', 'url', 'website'):
        value = basics.get(key)
        if isinstance(value, str):
            secrets.append(value)
    if isinstance(basics.get('name'), str):
        secrets += parts_of(basics['name'])
    for profile in basics.get('profiles') or []:
        if isinstance(profile, dict):
            for key in ('username', 'url'):
                if isinstance(profile.get(key), str):
                    secrets.append(profile[key])
    return secrets


def secrets_of_package(root, package_id):
    proc = merit('show', root, package_id, '--json')
    check(proc.returncode == 0, 'show %s --json failed: %s' % (package_id, proc.stderr))
    identity = json.loads(proc.stdout)['identity']
    secrets = [identity.get(key) for key in ('name', 'email', 'phone', 'url')]
    secrets += identity.get('links') or []
    if identity.get('name'):
        secrets += parts_of(identity['name'])
    return secrets


def leaks(text, secrets):
    found = []
    wanted = set()
    for secret in secrets:
        kind, value = secret if isinstance(secret, tuple) else ('whole', secret)
        if value and value.strip():
            wanted.add((kind, value.strip()))
    for kind, secret in sorted(wanted):
        if secret.isascii():
            # Whole words, so that “Ana” is not found in “Analytics”.
            pattern = r'(?<!\w)' + re.escape(secret) + r'(?!\w)'
            flags = 0 if kind == 'part' else re.IGNORECASE
            if re.search(pattern, text, flags):
                found.append(secret)
        elif secret.lower() in text.lower():
            # Japanese has no spaces between words: any occurrence counts.
            found.append(secret)
    return sorted(found)


def main():
    if not MERIT or not os.access(MERIT, os.X_OK):
        print('1..0 # SKIP $MERIT is not executable')
        return 0
    samples = sorted(p for p in glob.glob(os.path.join(SAMPLES, '*.json')) if is_resume(p))
    if not samples:
        print('1..0 # SKIP no JSON Resume samples in %s' % SAMPLES)
        return 0

    tmp = tempfile.mkdtemp(prefix='merit-blind-import-')
    root = os.path.join(tmp, 'workspace')
    failed = 0
    print('1..%d' % (len(samples) + 1), flush=True)
    try:
        proc = merit('demo', root, '--candidates', '0')
        imported = {}
        try:
            check(proc.returncode == 0, 'demo failed: %s' % proc.stderr)
            proc = merit('import', root, *samples, '--json')
            check(proc.returncode == 0, 'import failed: %s' % proc.stderr)
            for report in json.loads(proc.stdout):
                check(report['status'] == 'imported' and len(report['packages']) == 1,
                      '%s: %s' % (report['file'], report['error']))
                imported[report['file']] = report['packages'][0]['id']
            check(sorted(imported) == samples, 'not every sample was imported')
            print('ok 1 - every JSON Resume sample imports')
        except Exception as e:
            failed += 1
            print('not ok 1 - every JSON Resume sample imports')
            for line in str(e).splitlines():
                print('# ' + line)

        for number, path in enumerate(samples, 2):
            name = 'show --blind of %s names nobody' % os.path.basename(path)
            try:
                check(path in imported, 'not imported')
                package_id = imported[path]
                secrets = secrets_of_file(path) + secrets_of_package(root, package_id)
                check(secrets, 'the sample has no identity strings to look for')
                # The same search finds them in the identified view: the check can fail.
                proc = merit('show', root, package_id)
                check(leaks(proc.stdout, secrets), 'the identified view shows no identity')
                # The demo's chair and CEO have keys: identity is sealed in the file, and the
                # profile there is already the redacted one any reviewer can read.
                with open(os.path.join(root, 'packages', package_id + '.xml'),
                          encoding='utf-8') as f:
                    raw = f.read()
                check('<sealed section="identity"' in raw and '<identity' not in raw,
                      '%s: the identity is not sealed in the file' % package_id)
                found = leaks(raw, secrets)
                check(not found, '%s.xml holds %s' % (package_id,
                                                      ', '.join(repr(s) for s in found)))
                for mode in (['--blind'], ['--blind', '--json']):
                    proc = merit('show', root, package_id, *mode)
                    check(proc.returncode == 0, 'show %s failed: %s' % (' '.join(mode), proc.stderr))
                    check(len(proc.stdout) > 100, 'show %s printed almost nothing' % ' '.join(mode))
                    found = leaks(proc.stdout, secrets)
                    check(not found, '%s %s shows %s' % (package_id, ' '.join(mode),
                                                         ', '.join(repr(s) for s in found)))
                print('ok %d - %s' % (number, name))
            except Exception as e:
                failed += 1
                print('not ok %d - %s' % (number, name))
                detail = str(e) if isinstance(e, Failure) else traceback.format_exc()
                for line in detail.splitlines():
                    print('# ' + line)
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
