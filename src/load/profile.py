#!/usr/bin/env python3
"""Where the server spent its CPU during a load step, from a JFR recording's execution samples.

    jfr print --events jdk.ExecutionSample --stack-depth 200 target/load/N/server-PID.jfr > samples.txt
    src/load/profile.py samples.txt

Prints the share of samples under each kind of work (stack contains a marker frame), the hottest leaf methods, and
the hottest first frame of the app's own code (org.corroborate) in each stack."""
import collections
import re
import sys

MARKERS = [
    ("live refresh of open views (StoryWatch → ui.access)", "org.corroborate.collaboration.StoryWatch"),
    ("UIDL requests (UidlRequestHandler)", "com.vaadin.flow.server.communication.UidlRequestHandler"),
    ("push writes (AtmospherePushConnection)", "com.vaadin.flow.server.communication.AtmospherePushConnection"),
    ("UIDL written (UidlWriter)", "com.vaadin.flow.server.communication.UidlWriter"),
    ("page and init requests (bootstrap)", "com.vaadin.flow.server.BootstrapHandler"),
    ("sign-in (BCrypt)", "org.springframework.security.crypto.bcrypt"),
    ("JDBC (PostgreSQL driver)", "org.postgresql."),
    ("Hibernate", "org.hibernate."),
    ("listening to PostgreSQL NOTIFY (LiveChannel)", "org.corroborate.collaboration.LiveChannel"),
    ("presence", "org.corroborate.collaboration.PresenceService"),
    ("figure panel (EvidenceService.panel)", "org.corroborate.evidence.EvidenceService.panel"),
    ("comments re-read and redrawn (CommentThread)", "org.corroborate.discussion.ui.CommentThread"),
    ("story view refresh (StoryView)", "org.corroborate.workbench.ui.StoryView"),
    ("review panel refresh (ReviewPanel)", "org.corroborate.review.ui.ReviewPanel"),
    ("JSON (Jackson)", "tools.jackson."),
]

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
samples = []
for block in text.split("jdk.ExecutionSample {")[1:]:
    frames = re.findall(r"^\s+([\w$.<>/]+)\(.*?\)\s+line:", block, re.M)
    if frames:
        samples.append(frames)
n = len(samples)
print(f"{n} execution samples")
if not n:
    sys.exit()
print("\nshare of samples by kind of work (a sample can count under several):")
for label, marker in MARKERS:
    k = sum(1 for s in samples if any(f.startswith(marker) for f in s))
    print(f"  {100.0 * k / n:5.1f}%  {label}")
print("\nhottest leaf methods:")
for method, k in collections.Counter(s[0] for s in samples).most_common(20):
    print(f"  {100.0 * k / n:5.1f}%  {method}")
print("\nhottest first app frame (org.corroborate) per sample:")
app = collections.Counter(next((f for f in s if f.startswith("org.corroborate.")), "(no app frame)") for s in samples)
for method, k in app.most_common(20):
    print(f"  {100.0 * k / n:5.1f}%  {method}")
