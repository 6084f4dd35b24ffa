"""The domain vocabulary: the terms every layer shares, with no Qt and no database.

``status`` (case states and their moves), ``components`` (component types and control forms), ``programme``
(a programme catalogue as plain data), ``policy_rules`` (one version of a policy profile and its grade table),
``progress`` (progress and cancellation of long work), ``verdicts`` (verification statuses, coverage and judgements,
proposals, decisions, appeal outcomes, protocol statuses), ``commission`` (members' roles, assessment forms).
Every other package imports these from here.
"""
