"""Prometheus metrics of the service, in a registry of its own (one per app)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

from shieldwall.core.verdict import Verdict

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("shieldwall_requests", "HTTP requests by endpoint and status",
                                ["endpoint", "status"], registry=r)
        self.request_latency = Histogram("shieldwall_request_latency_seconds",
                                         "HTTP request latency by endpoint", ["endpoint"],
                                         buckets=_LATENCY_BUCKETS, registry=r)
        self.decisions = Counter("shieldwall_decisions", "Guard decisions by stage and decision",
                                 ["stage", "decision"], registry=r)
        self.categories = Counter("shieldwall_category_findings",
                                  "Categories that fired (action above log) by stage",
                                  ["stage", "category"], registry=r)
        self.scanner_latency = Histogram("shieldwall_scanner_latency_seconds",
                                         "Scanner latency by stage and scanner",
                                         ["stage", "scanner"], buckets=_LATENCY_BUCKETS, registry=r)
        self.guard_latency = Histogram("shieldwall_guard_latency_seconds",
                                       "Whole-check latency by stage", ["stage"],
                                       buckets=_LATENCY_BUCKETS, registry=r)
        self.upstream_errors = Counter("shieldwall_upstream_errors",
                                       "Upstream failures by kind", ["kind"], registry=r)
        self.reports = Counter("shieldwall_reports", "Reports filed", ["category"], registry=r)

    def observe(self, verdict: Verdict) -> None:
        stage = verdict.stage
        self.decisions.labels(stage, verdict.decision.value).inc()
        for category in verdict.categories:
            self.categories.labels(stage, category).inc()
        for scanner, ms in verdict.scanner_latency_ms.items():
            self.scanner_latency.labels(stage, scanner).observe(ms / 1000.0)
        self.guard_latency.labels(stage).observe(verdict.latency_ms / 1000.0)
