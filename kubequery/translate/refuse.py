"""What the offline translator declines before reading a question: anything that would change the
cluster, read a secret's value, or needs data the cluster does not hold. One place says no, so
what is refused can be read (and audited) in one go."""

from __future__ import annotations

import re

from kubequery.translate import lexicon as lx
from kubequery.translate import rx
from kubequery.translate.states import SECRET_TYPES


class Declined(Exception):
    pass


SECRET_VALUES = "Secret values are never shown: the secrets table holds metadata, type and key names only."
# a follow-up moving the previous answer's threshold ("raise it to >20"), read as an edit, not an order
# "run that for checkout instead": the previous question asked again of another namespace (a follow-up)
ASKED_AGAIN = (
    r"(?:ok,? |and |now )?(?:run|do|try|repeat) (?:that|this|it|the same(?: thing)?)(?: again)? "
    r"(?:for|in|on|with) (?:the )?([a-z0-9][a-z0-9\-]*)(?: namespace| ns)?(?: instead)?"
)
THRESHOLD_MOVED = (
    r"(?:raise|bump|lower|increase|decrease|change|set|move) "
    r"(?:it |that |the (?:threshold|bar|limit|cutoff) )?to "
)


# "can you make that a percent of what each node can allocate?": the previous answer shown as a share
SHARE_ASKED = (
    r"(?:and |now |ok,? |so )?(?:can you |could you |please )?(?:show|give|display|put|make|turn|express)?"
    r"(?: me)?(?: (?:that|it|them|those|this|these|the numbers?|the amounts?))?"
    r"\s*(?:as |in |into |to )?(?:an? )?"
    r"(?:percent(?:age)?s?|%|share) of (?:the )?(?:(?:each |the )?node'?s'? )?"
    r"(allocatable|capacity|what (?:each|the) node can allocate|what (?:each|the) node has)"
    r"(?: (?:cpu|memory|mem))?(?: instead)?(?: please)?"
)


def refuse(text: str, names: frozenset[str] = frozenset(), previous: str = "") -> None:
    """Raise `Declined`, with the reason, when the (normalised) question must not be answered.
    `names` are the cluster's own names: "the grafana ingress" names an object, not a dashboard.
    `previous` is the SQL that answered the question before, in a conversation ("decode them")."""
    # "what's on worker-4? I'll drain it later": the asker's own plan, told beside a question
    text = rx.sub(
        r"(?:^|(?<=[.,;?!]))\s*(?:i'?ll|i will|we'?ll|we will|i'?m (?:going to|gonna)|"
        r"we'?re (?:going to|gonna)) [^.,;?!]*?"
        r"\b(?:later|afterwards|after that|tomorrow|next|myself|by hand|with kubectl)\b[^.,;?!]*",
        "",
        text,
    )
    resize = r"(?:ok |now )?(?:make it|change it to) (?:the )?(?:top |first )?\d+(?: instead)?[.!?]?"
    if rx.fullmatch(resize, text.strip()) or previous and rx.fullmatch(SHARE_ASKED, text.strip(" ?.!")):
        return  # a follow-up resizing a top-N answer or showing it as a share, not a change to the cluster
    if previous and rx.fullmatch(ASKED_AGAIN + r"[.!?]*", text.strip()):
        return  # "run that for checkout instead": the previous question asked again, not a change
    kept = r"keep (?:only |just )?(?:the )?(?:\d+|one|two|three|four|five|ones|[a-z]+s) "
    kept += r"(?:with|that|which|having|only)\b"
    kept += r"|keep \w+ only\W*$|keep (?:only|just) (?:the )?[^.;!?]{1,40}?\b(?:ones|those)\W*$"
    if previous and rx.match(kept, text.strip()):
        return  # "keep the 3 with the most restarts", "keep warnings only": the previous answer narrowed
    moved = (
        rf"(?:ok |now |and )?{THRESHOLD_MOVED}"
        r"(?:>=?|<=?|over|above|more than|under|below|less than|fewer than|at least|at most)"
        r" ?\d+(?: \w+)?[.!?]*"
    )
    if previous and rx.search(r"[<>]=? ?\d", previous) and rx.fullmatch(moved, text.strip()):
        return  # "raise it to >20" after "pods restarted over 5 times": the threshold moved, not replicas
    # a kubectl or helm command that writes, connects or watches: "kubectl wait ...", "helm status x"
    command = rx.search(_COMMANDS, text)
    if command and command.group(0).startswith("impersonat") and rx.search(
        r"\bverbs?\b|\b(?:cluster ?)?roles?\b|\bclusterroles?\b|\bwho (?:can|may|is allowed)\b|"
        r"\b(?:can|to|allows?|the) impersonat",
        text,
    ):
        command = None  # "clusterroles w/ verb impersonate", "users that can impersonate": the RBAC verb
    if command:
        raise Declined(
            f"'{command.group(0).strip()}' changes the cluster, connects to it or reads what kubequery "
            "does not hold; kubequery is read-only and answers from the Kubernetes API's objects. Use the "
            "tool itself."
        )
    # "show tls.key of secret storefront-tls": a key of a secret, read out
    data_key = r"(?:tls\.key|tls\.crt|ca\.crt|\.?dockerconfigjson|ssh-privatekey)\b"
    shown = r"\b(?:show|print|cat|dump|get|read|give|reveal|output|what'?s|what is|what are)(?:\s+me)?\s+"
    if rx.search(shown + r"(?:the\s+|its\s+)?" + data_key, text) or rx.search(
        r"^\W*(?:the\s+)?" + data_key + r"\s+(?:of|in|from)\s+(?:the\s+)?(?:secret\s+)?[\w\-]+", text
    ):  # "tls.crt of secret storefront-tls": that key's value
        raise Declined(SECRET_VALUES)
    if previous and rx.search(r"\bfrom secrets\b", previous.lower()) and rx.search(_THEIR_VALUES, text):
        raise Declined(SECRET_VALUES)  # "secrets in payments" then "print their data"
    # "…is wedged, just do a rollout restart of the deployment for me": an order said as doing something
    done = rx.search(
        r"\b(?:do|run|perform|trigger|kick off|issue|execute|start)\s+(?:a |an |the )?(?:quick )?"
        r"(?:rollout restart|rolling restart|restart|rollback|roll ?back|redeploy(?:ment)?|rollout undo|"
        r"drain|cordon|failover|re-?deploy)\b(?!\s+(?:count|history|time|policy|reason)s?\b)",
        text,
    )
    if done and not rx.search(r"\b(?:did|was|were|has|have|had|when|last)\b[^,.;?]*$", text[: done.start()]):
        raise Declined(
            f"'{done.group(0).strip()}' would change the cluster: kubequery is read-only and only answers "
            "questions. Use kubectl for changes."
        )
    for pattern in _ORDERS:
        order = rx.search(_LEAD + r"(?:" + pattern + r")", text)
        if order:
            raise Declined(
                f"'{order.group(0).strip()}' would change the cluster: kubequery is read-only and only "
                "answers questions. Use kubectl for changes."
            )
    words = rx.findall(r"[a-z0-9'\-_]+", text)  # LOG_LEVEL is one word, not "log"
    bare = rx.sub(_TRAIL, "", text)  # "restart storefront when you get a chance": the order alone
    for i, w in enumerate(words):
        verb = w in lx.MUTATIONS or w in _MORE_ORDERS or w == "add"
        if verb and _commands(w, words[i + 1 : i + 2], bare):
            if w in lx.CONNECTIONS:
                raise Declined(
                    f"'{w}' needs a connection into running containers (logs, shells, ports); kubequery "
                    "only reads the Kubernetes API's objects. Use kubectl for that."
                )
            raise Declined(
                f"'{w}' would change the cluster: kubequery is read-only and only answers questions. "
                "Use kubectl for changes."
            )
        if w not in _LEAD_WORDS:
            break
    # an order after a question: "count pods in payments and scale the deployment to 3", "no hpa? add one"
    # (", and delete the empty ones": the order after the "and" a comma leads)
    clause = r"(?:[,;?!.]|\band\b|\bthen\b)\s+(?:and |then |also |please |pls |now |just )*([a-z\-]+) ?(\S*)"
    paired = rx.sub(r"\b(requests?) and (limits?)\b", r"\1 & \2", text)  # "cpu request and limit that…"
    for w, nxt in rx.findall(clause, paired):
        named = rx.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", nxt)
        target = nxt in _DETERMINERS or nxt in ("one", "everything") or named or nxt in names
        target = target or bool(rx.search(rf"\b{re.escape(w)} {re.escape(nxt)} to \d", text))
        ordered = w in lx.MUTATIONS or w in _MORE_ORDERS or (w == "add" and nxt == "one")
        ordered = ordered and w not in _ASKING_VERBS  # "...? give the role and its verbs": what to show
        if ordered and target and (_commands(w, [nxt], text) or w == "add"):
            raise Declined(
                    f"'{w}' would change the cluster: kubequery is read-only and only answers questions. "
                    "Use kubectl for changes."
                )
    # an order on a condition: "is kafka-0 running? if not restart it", "if kafka-0 is down restart it"
    cond = rx.search(r"\b(?:if|unless)\b(.{0,80})", text)
    if cond:
        said = r"(?<!\bto )(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
        said += r"\b([a-z\-]+) "
        said += r"(it|them|those|these|the|all|everything|[a-z0-9]+(?:-[a-z0-9]+)+)\b"
        for w, _ in rx.findall(said, cond.group(1)):
            if (w in lx.MUTATIONS or w in _MORE_ORDERS) and w not in _ASKING_VERBS and w not in _IF_ASKS:
                raise Declined(
                    f"'{w}' would change the cluster: kubequery is read-only and only answers questions. "
                    "Use kubectl for changes."
                )
    last = rx.search(_SAID_LAST, bare)
    asked = r"(?:how|what|which|when|why|who|where|did|does|do|is|are|was|were|has|have|can|could|will|would|"
    asked += r"should|list|show|count|get|find|any)\b"
    if last and not rx.match(asked, text):
        raise Declined(
            f"'{last.group(1)}' would change the cluster: kubequery is read-only and only answers questions. "
            "Use kubectl for changes."
        )
    # "the fraud-detector pods need a restart"
    needs = r"\b(?:needs? (?:a |an |to be )?|(?:has|have|must|should|ought) (?:to )?(?:be |get )|"
    needs += r"wants? (?:a |to be )?)(?:restart|reboot|redeploy|rollback|roll ?back|bounce|kick|drain|"
    needs += r"cordon|restarted|rebooted|redeployed|rolled back|bounced|drained|cordoned|deleted|removed|"
    needs += r"killed|evicted|scaled|recreated|upgraded|terminated|nuked|purged|wiped|suspended|resumed)\b"
    needs += r"|^(?:the )?[\w\- ]{1,40} (?:should|must|can|needs? to|ha(?:ve|s) to) go(?: away)?[.!?]*$"
    if rx.search(needs, text):
        raise Declined(_CHANGE)
    # "delete them" orders; "the pods that mount them" describes
    m = rx.search(
        # ("who can delete everything": a permission asked of, not an order)
        r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\ballowed to )"
        r"\b([a-z\-]+) (them|it|those|these|all of them|everything|"
        r"each of them)\b",
        text,
    )
    strong = m and m.group(1) in _IT_ORDERS  # "restart it" orders; "make it 30 days" resizes an answer
    if m and m.group(1) in _DESCRIBING and rx.match(r"\s*(?:which|what|who|how many)\b", text):
        m = None  # "which pods mount them?", "which cluster roles allow everything?" ask what does so
    if m and (m.group(1) in lx.MUTATIONS or m.group(1) in _MORE_ORDERS) and (
        m.group(1) not in lx.AMBIGUOUS_VERBS or m.group(2) != "it" or strong
    ):
        raise Declined(
            f"'{m.group(1)}' would change the cluster: kubequery is read-only. Use kubectl for changes."
        )
    for phrase in lx.MUTATION_PHRASES:
        # "can you clean up completed jobs" orders too; "can you make it 30 days" resizes an answer
        asked = r"|" + _WISH + r"\s+" if not phrase.startswith("make") else ""
        if rx.search(r"(^|\b(please|pls|and|then|now)\s+" + asked + ")" + re.escape(phrase) + r"\b", text):
            raise Declined(f"'{phrase}' would change the cluster: kubequery is read-only.")
    # requests said politely or indirectly: "can you make X have 3 replicas", "I need the ml namespace gone"
    wish = rx.search(_WISH, text)
    counted = r"\b\d+ (replicas?|instances|copies)\b|^\s*\d+ (?:[\w\-]+ )?(?:pods|replicas)\b"
    if wish and rx.search(counted, text[wish.end() :]):  # "I want 3 storefront pods"
        raise Declined(
            "Changing replicas would change the cluster: kubequery is read-only. Use kubectl scale."
        )
    if wish:
        tail = rx.findall(r"[a-z0-9'\-]+", text[wish.end() :])
        for i, w in enumerate(tail):
            relative = i > 0 and tail[i - 1] in _RELATIVE  # "pods that restarted" describes, not orders
            # "rank those by how often they restarted": how often it happened
            relative = relative or " ".join(tail[max(0, i - 3) : i - 1]) in ("how often", "many times")
            # "list every pod labelled tier: backend": a participle after its noun describes too
            relative = relative or (i > 0 and w in ("labelled", "labeled", "annotated", "tainted")
                                    and tail[i - 1] in _DESCRIBED)
            # the verb right after the wish orders: "is it possible to restart kafka-0 from here"
            first = i == 0 and (w in lx.MUTATIONS or w in _MORE_ORDERS) and not rx.fullmatch(
                _COLUMN_NOUNS + r"|counts?|restarts?", (tail[1:2] or [""])[0]
            ) and w not in _ASKING_VERBS
            if first or (w in lx.MUTATIONS and _commands(w, tail[i + 1 : i + 2], text)) or (
                w in lx.DONE_TO and not relative
            ):
                raise Declined(
                    f"'{w}' would change the cluster: kubequery is read-only. Use kubectl for changes."
                )
    what_if = r"\bwhat (?:will|would) happen if\b|\bwhat if (?:i|we)\b|\b(attach|exec) (?:in)?to\b"
    # "what if worker-3 dies": a what-if about something lost
    what_if += r"|\bwhat (?:if|happens if)\b.{0,60}\b(?:dies|died|goes down|went down|fails|crashes|is lost|"
    what_if += r"disappears|runs out|is (?:deleted|removed|drained|cordoned|killed|evicted|rebooted))\b"
    # "if worker-5 dies, will payments-api stay up?": the same, said as a condition
    what_if += r"|^if .{1,60}\b(?:dies|goes down|fails|crashes|is lost|"
    what_if += r"(?:is|gets) (?:deleted|drained|cordoned|rebooted))\b.{0,40}\b(?:will|would|does|do|is|are)\b"
    if rx.search(what_if, text):
        raise Declined(
            "That needs the cluster to act or to change (a what-if, attach or exec): kubequery only "
            "reads what the cluster's objects hold."
        )
    for pattern, why in _SAID_AS_CHANGES:
        if rx.search(pattern, text):
            raise Declined(why)
    replicas = r"\breplicas ?= ?\d|\bto \d+ (replicas?|pods|instances)\b"
    replicas += r"|\b(make|set|get) \S+ (have|to|use|run) \d+\b"
    if rx.search(replicas, text):
        raise Declined(
            "Changing replicas would change the cluster: kubequery is read-only. Use kubectl scale."
        )
    actor = r"\b(who|which user|whom|what user|someone|somebody|anyone|anybody)\b"
    # "someone cordoned it. what events does that node have?": a story told before the question asks nobody;
    # nor does a supposition ("which claims would lose their data if someone deleted them?")
    told = [
        m for m in rx.finditer(actor, text)
        if m.group(1) in ("someone", "somebody")
        and (rx.search(r"[.!;]\s+\w", text[m.end() :]) or rx.search(r"\b(?:if|when)\s+$", text[: m.start()]))
    ]
    asked = [m for m in rx.finditer(actor, text) if m.span() not in {t.span() for t in told}]
    # "which pods did alice actually look at this week?": what a user read is audit history too
    looked = rx.search(
        r"\b(?:did|has|have) (?:user |the user )?[\w@.\-]+ (?:actually |ever |really )?"
        r"(?:look(?:ed)? at|read|view(?:ed)?|open(?:ed)?|access(?:ed)?|exec(?:'?d|ed)? into|"
        r"tr(?:y|ied) to (?:read|open|access))\b",
        text,
    )
    if (asked or looked) and (looked or any(w in lx.AUDIT_VERBS or w in _MORE_AUDIT_VERBS for w in words)):
        raise Declined(
            "Who changed what is audit history, which the cluster's objects do not hold; "
            "ask your audit log backend."
        )
    # a past state the cluster no longer holds: "what was checkout-api's replica count a week ago"
    then = (
        r"\b(\d+|an?|one|two|three|few|couple of) (minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago\b|"
        r"\byesterday\b|\blast (night|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    )
    if (
        rx.search(r"\b(was|were|had|did|used to)\b", text)
        and rx.search(then, text)
        and not rx.search(
            r"creat|start|schedul|happen|event|warn|restart|fail|crash|kill|evict|oom|deployed|rolled|added|m"
            r"ade|"
            r"born|complet|finish|succe|terminat|ran\b|\bage\b|since|within|in the (last|past)|older|newer|"
            r"\blast (?:run|schedul|heartbeat|seen)",
            text,
        )
    ):
        raise Declined(
            "What an object looked like in the past is history the cluster does not keep: kubequery reads "
            "its current state (and recent events)."
        )
    # a name given is no value, whatever it holds: "secrets called db-creds", "the secret named api-token"
    said = rx.sub(r"\b(?:called|named) (?!like\b)['\"]?[a-z0-9][\w\-.]*['\"]?", "called by a name", text)
    secret_like = rx.search(r"secret|credential", said)
    # a key's value asked for by name, even inside an identifier: DB_PASSWORD, stripe_api_key, githubToken
    named_key = rx.search(
        r"[a-z0-9]*(password|passwd|api[_-]?key|secret[_ -]?key|private[_ -]?key|access[_ -]?key|"
        # "the session secret of the frontend", "the jwt signing key", "the database url of checkout-api"
        r"(?:session|cookie|jwt|webhook|hmac|encryption|master|app)[_ -]?(?:secret|key)s?\b|unseal[_ -]?keys"
        r"?|"
        r"(?:database|db|redis|jdbc|mongo\w*|postgres\w*|mysql|amqp|rabbitmq|broker)[ _-]?(?:url|uri)s?\b|"
        r"token|credentials?|connection[_-]?string|dsn|ssh[_ -]?keys?|client[_ -]?secret|signing[_ -]?(?:key|"
        r"secret)|_pass\b)"
        r"[a-z0-9_]*",
        # an object named is not a value: "who mounts mysql-credentials"; nor a resource a role's rules
        # name ("cluster roles that include tokenreviews")
        " ".join(w for w in said.split() if w.strip("?.,!;:()") not in names | _RULE_RESOURCES),
    )
    # listing secrets by their type is metadata: "which service account token secrets exist in team-a?"
    listing = (
        rx.search(r"\bsecrets\b", said)
        and rx.search(r"\b(which|list|find|how many|any|exist\w*|type|types|kubernetes\.io/)\b", said)
        and not rx.search(r"\b(values?|contents?|decoded?|what'?s in|data of|reveal|print|dump)\b", said)
        # a value probed in a listing: "which secrets have an empty password", "secrets containing 'prod'"
        and not rx.search(
            r"\b(?:empty|blank|weak|default|same|short|long|simple)\b (?:\w+ )?(?:passwords?|tokens?|keys?|p"
            r"w)\b|"
            r"\bcontain\w* (?:the )?(?:word|string|text|substring)\b|\bwhose (?:values?|passwords?|tokens?)"
            r"\b",
            said,
        )
    )
    # who may read secrets is RBAC, not a secret's value: "who can read secrets in payments?"
    permission = rx.search(
        r"\b(who|(?:which|what) (?:users?|groups?|service ?accounts?|sas?|(?:cluster ?)?roles?|"
        r"(?:cluster ?)?role ?bindings?|subjects?))\b.*"
        r"\b(can|could|may|allowed to|permission to|access to|lets? (?:it|them))\b|"
        r"\broles?\b(?: [\w\-]+){0,3} that can\b|"
        r"\b(?:(?:cluster ?)?role ?bindings?|rbs?|crbs?|users?|groups?|service ?accounts?|sas?) "
        r"(?:that|which|who) (?:can|could|may|are allowed to)\b",
        said,
    ) or (  # "can anybody read secrets here through a role binding?": a grant asked about, no value
        rx.search(
            r"\b(?:through|via) (?:a |an |any |the |their |its )?(?:(?:cluster ?)?role ?bindings?|rbs?|crbs?|"
            r"(?:cluster ?)?roles?|rbac)\b",
            said,
        )
        and not rx.search(
            r"\b(?:passwords?|tokens?|decod\w*|values?|contents?|plain ?text|base64|data|keys?)\b", said
        )
    )
    # which containers set an env var by its name is metadata too: "containers with env var *PASSWORD*"
    env_names = (
        rx.search(r"\b(containers?|ctrs?|pods?|po|deployments?|deploys?)\b", text)
        and rx.search(r"\benv(ironment)?\b( var\w*| variables?)?", text)
        and rx.search(r"\bin (its|their|the) names?\b|\*\w+\*|\bnamed (like|\w+)\b", text)
        and not rx.search(r"\b(values?|contents?|decoded?|what'?s|what is|reveal|print|dump|show me)\b", text)
    )
    # a secret type is metadata, not a value: "unused secrets excl. sa tokens", "registry credential secrets"
    token_type = (
        rx.search(r"\b(service ?account|sa) tokens?\b", said)
        or any(rx.search(words, said) for words, _ in SECRET_TYPES)
        or rx.search(r"\bregistry credentials?\b", said)
        # whether one exists: "service accounts that have a token secret"
        or rx.search(r"\b(?:has|have|with|having|without|no) (?:a |an |any )?(?:\w+ )?token secrets?\b", said)
    ) and not rx.search(
        r"\b(values?|contents?|decod\w*|what'?s|what is|whats|reveal|print|dump|show me|give me|get me|read|"
        r"cat|passwords?|passwd|base64|plain ?text|in secret|of secret|inside|data (?:of|in)|auth (?:string|f"
        r"ield|value|entry)|"
        r"cert(?:ificate)? chain|pem|creds|credentials? (?:for|of|to)|private keys?|user ?names?|logins?)\b",
        said,
    ) and not rx.search(
        r"^(?!.*\bsecrets?\b).*\bssh[ _-]?keys?\b|"
        # one account's token is its value: "default sa token in kube-system", "service account token for x"
        r"\b(?:sa|service ?account) token (?:for|of)\b|"
        r"^(?:the |a )?(?:[\w\-]+ )?(?:sa|service ?account) token(?: (?:in|-n) [\w\-]+)?[?.!]*$|"
        # "the service account token the grafana pod uses": that one token
        r"^(?:the |its |their )(?:[\w\-]+ )?(?:sa|service ?account) token\b(?!\s*(?:secrets?|type|names?)\b)",
        said,
    )
    # whether a token is mounted is a flag, not the token: "pods whose sa has automount_token false"
    automount = rx.search(r"\bautomount|\bmount\w* (?:the |their |its |a )?(?:sa |service ?account )?token", said)  # noqa: E501
    # a key or a variable named, not its value: "secrets containing key password", "what keys does x have",
    # "containers that have a DB_PASSWORD env var", "pods that mount the api-key secret"
    key_named = rx.search(
        r"\b(?:contain\w*|with|having|has|have) (?:the |a |an )?(?:data )?keys?\b|\bwhat keys\b|"
        r"\bkeys? (?:named|called)\b|"
        r"\b(?:has|have|having|with|contain\w*|sets?|defin\w*) (?:a |an |the )?[\w\-]+ (?:env ?var\w*|"
        r"environment variables?|keys?)\b|"
        r"\b(?:use|uses|using|mount\w*|referenc\w*) (?:the |a |an )?[\w\-]+ secrets?\b|"
        # "containers with env MYSQL_ROOT_PASSWORD": a variable's name
        r"\b(?:with|having|has|have|contain\w*|sets?|defin\w*) (?:the |an? )?env(?:ironment)?(?: var\w*)? "
        r"[\w\-]+\b",
        said,
    ) and not rx.search(
        r"\b(?:values?|contents?|decod\w*|what'?s in|reveal|print|dump|base64|plain ?text|set to|inside)\b",
        said,
    )
    if listing or permission or env_names or token_type or automount or key_named:
        pass
    elif (
        rx.search(
            r"\b(passwords?|passwd|pw|pwd|creds|tokens?|api keys?|decode|base64|plaintext|decrypt\w*|reveal|u"
            r"nmask|"
            r"join (?:command|token)|kube-?configs?(?! contexts?)|admin\.conf|(?:sa|service ?account) (?:sig"
            r"ning )?keys?)\b",
            said,
        )
        or (
            secret_like
            and rx.search(
                r"\b(values?|contents?|decoded|what'?s in|data of|print|dump|cat|read|show me|(?:their|its|wi"
                r"th) data|"
                r"data (?:fields?|values?|section)|cert(?:ificate)? chain|pem|auth string|inside)\b|"
                r"\bwhat (?:does|do) .{0,40}\bcontain\b",
                said,
            )
        )
        # a value probed a piece at a time: "does the redis-auth secret start with 'redis'?", "how long is it"
        or (
            secret_like
            and rx.search(
                r"\b(start|begin|end)s? with\b|\bcharacters?\b|\blength\b|\bhow long is\b|"
                r"\bcontains? (the )?(string|text|substring|word)\b",
                said,
            )
            and not rx.search(r"\bnames?\b", said)
        )
        or (
            named_key
            and not rx.search(
                r"\b(how many|which|what) (secrets|pods|service ?accounts)\b|\bkeys? names?\b|"
                # where it is kept: "where do we keep DATABASE_URL in a secret"
                r"^where (?:do|does|is|are)\b|"
                # a key named: "secrets containing key DATABASE_URL"
                r"\b(?:contain\w*|with|having|has|have) (?:the |a |an )?(?:data )?keys?\b|"
                # the secrets holding a key: "secrets containing DATABASE_URL", "secrets that hav a X entry"
                r"^\W*(?:which |what |list |show |the |any )?secrets? (?:that |which )?(?:contain\w*|with"
                r"|hav\w*|has|"
                r"hold\w*|includ\w*|carr\w*) (?:the |a |an )?[a-z0-9_.\-]+(?: (?:key|entry|field))?"
                r"\s*[?.!]*$",
                said,
            )
        )
    ):
        raise Declined(SECRET_VALUES)
    # a word inside a dotted name is part of a value: "provisioner ebs.csi.aws.com"
    dotted = {w for token in rx.findall(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)+", text) for w in token.split(".")}
    dotted |= {w for token in rx.findall(r"(?:/[\w.\-]+)+/?", text) for w in token.split("/")}  # "/var/log"
    # a label's value: "app.kubernetes.io/name=prometheus"
    dotted |= {m for m in rx.findall(r"[\w./\-]+\s*[=:]\s*([a-z0-9][\w.\-]*)", text)}
    # a word that starts the cluster's names, said before a kind, names those objects: "prometheus pods"
    # (prometheus-k8s-0 …); not "log lines" of a cluster that runs a log-aggregator
    kinds = r"\s+(?:pods?|po|deployments?|deploys?|stateful ?sets?|sts|daemon ?sets?|ds|service ?accounts?"
    kinds += r"|sa)\b"

    def leads_names(w: str) -> bool:
        said = rx.search(rf"\b{re.escape(w)}{kinds}", text)
        return bool(said) and any(n.startswith(f"{w}-") for n in names)

    for w in words:
        if w in lx.OUT_OF_SCOPE and w not in dotted and w not in names and not leads_names(w):
            if w in ("account", "accounts") and rx.search(
                r"service ?accounts?|\baccount (?:label|annotation)|\baccounts? for\b", text
            ):
                continue  # (and "their account label": a label's key; "images that account for the most cpu")
            policy = r"(ingress|egress|incoming|outgoing) traffic|network ?polic|netpol|\b(services?|svc)\b"
            policy += r"|\b(?:send|sends|sending|route|routes|routing|forwards?|forwarding) traffic to\b"
            if w == "traffic" and rx.search(policy, text):
                continue
            if w in ("usage", "utilization", "utilisation") and (
                rx.search(r"quota", text) or "resourcequotas" in previous.lower()
            ):
                continue  # a quota's usage (or, after a quota listing, "how full each one is"): its status
            # "the start time for the incident doc": what the answer is for, not what is asked
            record = r"\b(?:incidents?|outages?) (?:docs?|document|report|review|ticket|channel|timeline)\b"
            if w in ("incident", "incidents", "outage") and rx.search(record, text):
                continue
            outside = r"\b(?:externally|publicly) reachable|reachable from (?:the )?outside"
            tainted = r"\bunreachable\b(?: \S+)? taints?\b|\btaints?\b.*\bunreachable"
            if w == "unreachable" and rx.search(tainted, text):
                continue  # node.kubernetes.io/unreachable is a taint the node controller sets
            if w == "reachable" and rx.search(outside, text):
                continue  # "services reachable from outside the cluster": their type says it
            if w in ("aws", "gcp", "azure") and rx.search(r"\b(?:regions?|zones?)\b", text):
                continue  # "what aws region is this cluster in": the nodes' region label says it
            if w in ("utilization", "utilisation") and rx.search(_AUTOSCALER, text):
                continue  # the utilisation an autoscaler last read is in its status
            # "hpas that failed to get resource metrics": an autoscaler's failure, which its events tell
            fetch = r"\b(?:fail\w* to|can'?t|cannot|unable to|not able to|couldn'?t) "
            fetch += r"(?:get|fetch|compute|read|retrieve|reach)\b[\w ]{0,30}\bmetrics\b"
            if w == "metrics" and rx.search(fetch, text):
                continue
            # "autoscalers complaining about metrics (warning events)", "hpas … (metrics missing)": the
            # autoscaler's own failure to read them, which its status and events hold
            trouble = r"\b(?:complain\w*|missing|no|without|fail\w*|warn\w*|events?|errors?|can'?t|cannot"
            trouble += r"|unable)\b"
            if w == "metrics" and rx.search(_AUTOSCALER, text) and rx.search(trouble, text):
                continue
            if w in ("github", "gitlab") and rx.search(rf"\b{w}(?:'s)? (?:container )?registry\b", text):
                continue  # "the github container registry": where images come from, in their names
            cms = r"\bconsuming (?:the |a |an |any )?(?:[\w\-]+ )?"
            cms += r"(?:config ?maps?|cms?|secrets?|pvcs?|claims?)\b"
            if w == "consuming" and rx.search(cms, text):
                continue  # "pods consuming the x config map": the pods that use it
            if w == "logged" and rx.search(
                r"\blogged\b(?:\s+\S+){0,8}?\s+(?:events?|warnings?)\b|\b(?:events?|warnings?)\b.*\blogged\b",
                text,
            ):
                continue  # "pvcs that logged 'waiting for a volume' events": events the objects got
            tool = rx.search(r"\b(running|runs?|images?|containers?)\b", text)
            if w in ("curl", "wget", "telnet", "netcat") and tool:
                continue  # "pods running curl": an image
            metadata = rx.search(r"\b(labels?|annotations?)\b", text)
            if w in ("slack", "jira", "pagerduty", "github") and metadata:
                continue  # "the slack-channel annotation": an object's own metadata
            raise Declined(
                f"'{w}': the cluster's objects do not hold that (no metrics, logs, billing or cloud "
                "accounts); kubequery can only answer from the Kubernetes API's objects."
            )
    calling = r"\b(?:is|are|was|were) (?:calling|hitting|talking to|connecting to|sending requests to)\b"
    calling += r"|\b(?:which|what|who)\b.{0,40}\b(?:talk|talks|speak|speaks|connect|connects|call|calls)\b"
    calling += r"(?! (?:it|them)\b)|\bdoes [\w\-]+ (?:call|talk to|connect to)\b"
    # "which pods actually connected to postgres over the last hour?": connections made, not kept anywhere
    calling += r"|\b(?:which|what|who)\b.{0,40}(?<!\bare )(?<!\bis )\b"
    calling += r"(?:connected|talked|spoke|sent requests|made requests) (?:to|with)\b"
    calling += r"|\bresolv(?:e|es|ing|ed)\b|\bdns (?:lookups?|resolution)\b"
    # "which pods have called the payments api", "pods that made dns requests": calls made ("called the"
    # before a name is a verb; "pods called web" names them)
    calling += r"|\b(?:which|what|who)\b.{0,40}\bcalled (?:the|a|an|any|our|my|this|that)\b"
    calling += r"|\b(?:made|sent|received|got|served) (?:\w+ )?(?:requests|calls|traffic|queries)\b"
    # "which pods opened connections to the postgres service": connections made, not kept anywhere
    calling += r"|\b(?:opened|opens|open|opening|made|established|establish\w*) (?:\w+ )?"
    calling += r"connections? (?:to|with)\b"
    reach = r"\bcan (?!i\b|we\b|you\b)(?:[\w\-/ ]{1,60}? )?(?:reach|connect to|talk to)\b|^scan\b"
    exposed = r"\b(?:through|via|by) (?:a |any |the )?(?:service|svc|ingress|load ?balancer)"
    if rx.search(reach + "|" + calling, text) and not rx.search(exposed, text):
        raise Declined(
            "Whether something can reach something else needs a connection from inside the cluster; "
            "kubequery only reads the Kubernetes API's objects (ask about network policies instead)."
        )
    if rx.search(r"\bhelm (?:get|history|values|rollback|upgrade|install)\b|\binstalled with\b", text):
        raise Declined(
            "A Helm release's values and history live in its release secret, whose contents are never shown."
        )
    # "requests per second", "requests/s"; not "cpu requests as a percentage"
    rates = r"\b(?:requests?|reqs?) ?(?:per |a |/ ?)(?:second|sec|s|minute|min)\b"
    rates += r"|\b(?:rps|qps)\b|\bthroughput\b"
    # "the request rate on the storefront ingress", "traffic volume", "latency of checkout"
    rates += r"|\b(?:request|traffic|call|hit) (?:rates?|volumes?|counts?)\b"
    rates += r"|\blatenc(?:y|ies)\b|\bbandwidth\b"
    errors = r"|\b(?:returning|throwing|serving|giving|answering with) (?:http )?(?:[45]\d\d|[45]xx)s?\b"
    errors += r"|\berror rates?\b|\bhttp (?:status )?(?:[45]\d\d|[45]xx)|\b[45]xx\b"
    if rx.search(rates + r"|\bp\d\d latency\b" + errors, text):
        raise Declined(
            "Request rates, error rates and latencies are the applications' metrics; "
            "the cluster's objects do not hold them."
        )
    inside = r"\b(?:run|execute) (?:a|an|the|this|some) (?:sql )?query\b"
    inside += r"|\binside (?:the |our )?(?:database|db)\b"
    inside += r"|\b(?:rows|records) (?:in|of) (?:the )?[\w\-]+(?: \w+)? (?:table|database|db)\b"
    if rx.search(inside, text):
        raise Declined(
            "What is inside an application's database is the application's business; kubequery reads "
            "the Kubernetes API's objects (ask which pods run the database instead)."
        )
    for pattern, message in _NOT_HELD:
        if rx.search(pattern, text):
            raise Declined(message)
    # (not "pager went off this morning - which jobs failed?": the page is the story, the question follows)
    paged = (
        r"(?<![\w-])pager(?![\w-])"
        r"(?! (?:went|goes|go|has gone|fired|woke|keeps|kept|is going|was going)\b)"
    )
    if rx.search(r"\bon[- ]call\b|" + paged, text):
        raise Declined("Who is on call is your paging tool's business; the cluster's objects do not hold it.")
    if "resourcequotas" not in previous.lower() and rx.search(  # (a quota's fullness: its status)
        r"^(?!.*\bquotas?\b)(?!.*\b(?:cpu|memory|mem)\b).*\bhow full\b"  # (a node's cpu: its requests)
        r"|\bdisk (usage|space)\b|\bspace (left|used|free|remaining)\b"
        r"|\bfree (disk )?space\b"
        r"|\bdisk (?:is |are )?(?:free|left|used)\b"
        r"|\bhow much (?:disk ?)?(?:space|storage|disk)\b(?: \w+){0,3} (?:is |are )?(?:used|left|free|remaini"
        r"ng|consumed)\b"
        r"|\bdisks? (?:on [\w\-]+ )?(?:is |are )?(?:getting |almost )?full\b"
        # a node's shell reading its own disks: "df -h on worker-6"
        r"|^(?:run )?(?:(?:df|du|iostat|vmstat|free)(?: -[a-z]+)+|df|du|iostat|vmstat)\b",
        text,
    ):
        raise Declined(
            "How full a volume or disk is needs metrics (kubelet stats), which kubequery does not read; "
            "requested and provisioned sizes it can answer."
        )
    if (  # "pods using the most memory relative to their limit": use measured against a setting
        rx.search(
            _USE + r".*"
            r"\b(?:relative to|compared (?:to|with)|against|vs\.?|versus|percent(?:age)? of|share of|"
            r"fraction of|% of|ratio)\b.*\b(?:limit|request)s?\b",
            text,
        )
        and rx.search(r"\b(cpu|memory|mem|ram)\b", text)
        and not rx.search(r"quota|\bhpas?\b|autoscal|allocat|capacity", text)
    ):
        raise Declined(
            "How much CPU or memory a pod uses against its request or limit needs metrics (kubectl top), "
            "which kubequery does not read; the requests and limits themselves it can answer."
        )
    if rx.search(r"\bkubectl top\b", text) or (
        rx.search(r"\b(top|most|highest|heaviest|biggest|hungriest|hogs?|hogging)\b", text)
        and rx.search(r"\b(cpu|memory|mem|ram)\b", text)
        and not rx.search(r"request|limit|allocat|capacity|quota|reserv|\b(?:cpu|mem|memory) reqs?\b", text)
        # "which node has the most memory": what the node has is its capacity, not a use
        and not rx.search(r"\bnodes?\b.*\b(has|have|with|offers?)\s+(?:the\s+)?(most|least|biggest)\b", text)
        # an autoscaler holds the utilisation it last read: "hpa with the highest current cpu"
        and not rx.search(_AUTOSCALER, text)
        # "sort them by cpu, biggest first" after nodes with their allocatable cpu: the amount shown
        and not (rx.search(_AMOUNT_SHOWN, previous.lower()) and not rx.search(_USE, text))
    ):
        raise Declined(
            "Ranking by CPU or memory use needs metrics (kubectl top), which kubequery does not read; "
            'ask by requests or limits instead ("top pods by cpu requests").'
        )
    used = r"\bhow much (cpu|memory|mem|ram|disk|network|bandwidth)\b.*"
    used += r"\b(use[sd]?|using|consum\w*|eat\w*|doing|pushing)\b"
    can_use = r"\bcan (?:pods|workloads|containers) use\b"  # what a node offers: its allocatable amount
    if rx.search(used, text) and not rx.search(r"request|limit|allocat|capacity|quota|" + can_use, text):
        raise Declined(
            "Live CPU and memory use needs metrics, which kubequery does not read; "
            "requests and limits it can answer."
        )
    # "peak cpu of the storefront pods yesterday": a use over time, which only metrics hold
    peak = r"\b(?:peak|spikes? (?:in|of)) (?:cpu|memory|mem|ram|gpu|load|usage)\b"
    if rx.search(peak, text) and not rx.search(r"\b(?:request|limit)|" + _AUTOSCALER, text):
        raise Declined(
            "CPU and memory use over time needs metrics, which kubequery does not read; "
            "requests and limits it can answer."
        )
    live_use = r"\b(right now|currently|at the moment|live|real[- ]time)\b"
    # a resource and its use, said together: "what uses the most memory right now", "gpu usage currently"
    # (not "which pods use the host network right now" nor "which nodes have GPUs right now")
    resource = r"\b(?:cpus?|(?:milli)?cores?|memory|mem|ram|disk|bandwidth|resources|[gm]i?b|[gm]i)\b|"
    resource += _GPUS
    used = r"\b(?:using|uses?|used|usage|utili[sz]\w*|consum\w*|idle|free|spare|load|loaded|left)\b"
    used_now = rx.search(r"\b(?:busy|headroom)\b", text) or (
        rx.search(resource, text) and rx.search(used, text)
    )
    if (
        (rx.search(live_use, text) and used_now)
        # "how busy are the GPUs on gpu-1?", "the hottest node" (but "hottest pods by restarts" ranks)
        or rx.search(r"\bhow (?:busy|loaded|hot)\b|\bhottest\b(?!.*\bby\b)", text)
        # "is worker-3 hot", "the busiest pod" (the busiest node is the one with the most pods)
        or rx.search(
            r"\b(?:is|are) (?:the )?[\w\-]+(?: nodes?| pods?)? (?:hot|saturated|overheating|swapping|thrashin"
            r"g|"
            r"struggling|maxed out|pegged)\b|\bsaturat\w*\b|"
            r"\bnoisiest\b(?!.*\bby\b)(?! (?:warnings?|events?|ns|namespaces?)\b)(?!.*\b(?:events?|ev)\b)|"
            r"\bbusiest (?:pods?|containers?|workloads?|deployments?|apps?|services?)\b(?!.*\bby\b)|"
            r"\b(?:slow|slowest|fastest|laggy|sluggish)\b.{0,30}\b(?:endpoints?|services?|svc|ingress\w*|apis"
            r"?|"
            r"requests?|queries|routes?|urls?)\b",
            text,
        )
        or rx.search(
            r"\b(use|using|uses|consum\w*|eat\w*|burn\w*|hog\w*) (the )?(most|more|a lot of|lots of) "
            r"(cpu|memory|ram|mem)\b",
            text,
        )
    ) and not rx.search(r"request|limit|allocat|capacity|" + can_use, text) and not rx.search(
        _AUTOSCALER, text
    ):
        # (an autoscaler holds the utilisation it last read: "what cpu do the hpas currently report")
        raise Declined(
            "Live CPU and memory use needs metrics, which kubequery does not read; requests and limits it can answer."  # noqa: E501 - one pattern reads best on one line
        )



# Things the API's objects never record, each with what to tell the user.
_NOT_HELD: list[tuple[str, str]] = [
    (
        # SQL typed in that writes: the engine would refuse it too, but it must not become a listing
        r"^(?:drop|truncate|alter) (?:table|view|schema|database|index|sequence|macro)\b|^insert into\b|"
        r"^(?:drop|truncate) (?:the )?[\w.]+ (?:table|view)\b|"
        r"^delete from\b|^update [\w\.\"]+ set\b|"
        # a second statement that writes: "select * from pods; delete from pods"
        r";\s*(?:delete|drop|insert|update|truncate|alter|create|copy|attach|install|load|pragma|set)\b|"
        r"^create (?:or replace )?(?:temp\w* )?(?:table|view|schema|database|index|sequence|macro|type)\b",
        "That SQL statement would change data: kubequery is read-only and runs only SELECT queries.",
    ),
    (
        r"\b(?:what'?s|what is|whats|show|read|cat) (?:in|inside)? ?(?:the )?(?:file )?/[\w.\-]+/|"
        r"\bcontents? of (?:the )?(?:file )?/[\w.\-]|"
        r"\bfiles? (?:in|inside|under) (?:the )?(?:container|pod)\b",
        "A container's files are inside the container; kubequery reads the Kubernetes API's objects "
        "(kubectl exec or kubectl cp reads files).",
    ),
    (
        # objects once there and now gone: the API forgets them ("being deleted" is Terminating, held;
        # "pvs whose claim was deleted" point at a missing name, held)
        r"\b(?:were |was |got |have been |has been )?(?:deleted|removed) (?:today|yesterday|recently|"
        r"this (?:morning|week|month)|last \w+|in the (?:last|past)|since|\d+ \w+ ago)\b|"
        r"^(?!\W*how long\b).*?\bexisted\b",  # (not "how long has it existed": its age)
        "Deleted objects are gone from the Kubernetes API, so kubequery cannot list them; it reads what "
        "exists now (and recent events).",
    ),
    (
        # counts of crashes in a past period: pods keep one restart count since they started
        r"\b(?:how (?:many|often)|most|fewest|count)\b.*\b(?:crash\w*|restart\w*|oom\w*)\b.*"
        r"(?:\b(?:last|past|previous|this) (?:week|month|night|year)\b|\byesterday\b|"
        r"\b(?:days?|weeks?) ago\b|\bper (?:day|week|month)\b)",
        "The cluster keeps each pod's restart count since it started, not per day or week; kubequery can "
        "show the counts and the last restart instead.",
    ),
    (
        # a clock time already past: events are kept for about an hour
        r"\bat \d{1,2}(?::\d\d)?\s*(?:am|pm)\b.*\b(?:last night|yesterday|ago)\b|"
        r"\b(?:last night|yesterday)\b.*\bat \d{1,2}(?::\d\d)?\s*(?:am|pm)\b|"
        r"\bwhat happened\b.{0,30}\b(?:last night|yesterday)\b|\b(?:over|during|on) the weekend\b|\b(?:this|"
        r"last) week"
        r"end\b",
        "What happened at an hour already past is history: the cluster keeps events for about an hour, and "
        "kubequery reads the cluster as it is now.",
    ),
    (
        r"\bephemeral[ -]storage (?:requests?|requested|limits?)\b|"
        r"\b(?:request\w*|limits?)(?: of| for)? ephemeral[ -]storage\b",
        "Ephemeral-storage requests and limits have no column; ask with --sql on the pods' raw spec "
        "(json_extract(raw, '$.spec.containers')).",
    ),
    (
        r"^(?:should (?:i|we)|is it (?:safe|ok|okay|a good idea) to|recommend|suggest)\b|"
        r"\bwhat should (?:the |its |their |i |we )?\b|\bshould (?:i|we)\b|\bdo we need\b|"
        r"\brecommended (?:cpu|memory|mem|requests?|limits?|replicas|sizes?|values?|settings?)\b|"
        r"\bright-?siz\w*|\bcan i (?:safely )?(?:delete|remove|drain|kill|restart|cordon)\b|"
        # "can the crashlooping pods be restarted?": whether to act, not what the cluster holds
        r"^\W*(?:can|could|should|may) (?!i\b|we\b)[\w\- ]{1,60}? be (?:safely )?(?:restarted|deleted|"
        r"removed|drained|cordoned|killed|evicted|scaled(?: down| up)?|rolled back|redeployed|rebooted)\b|"
        r"\bwhat'?s the best (?:node|place|way)\b",
        "kubequery answers what the cluster holds; it does not give advice (ask for the facts behind it, "
        "for example the pods on a node or a deployment's replicas).",
    ),
    (
        r"\b(?:gets?|getting|receiv\w*|handl\w*|serv\w*) (?:no|any|the most|most|little|much|a lot of|more) "
        r"traffic\b|\bhow much traffic\b|\btraffic (?:does|do|is|are)\b|"
        r"\bnetwork (?:i/?o|io|usage|throughput)\b|\b(?:bytes|packets) (?:in|out|sent|received)\b|"
        r"\b(?:errors?|error messages|exceptions|"
        r"stack ?traces?|output)\b.{0,20}\b(?:from|of|by|did) (?:the |my |our )?(?:app|application|code)s?\b|"
        r"\bexceptions? did\b",
        "Traffic and what applications print are metrics and logs, which kubequery does not read; it reads "
        "the Kubernetes API's objects (and their events).",
    ),
    (
        r"\b(?:a|an|interactive|root) shell\b|\bshell (?:on|in|into|to)\b",
        "A shell needs a connection into a node or container; kubequery only reads the Kubernetes API's "
        "objects. Use kubectl exec or kubectl debug.",
    ),
    (
        r"\b(?:what'?s|who'?s|what is|which \w+ (?:is|are)) (?:eating|burning|hogging|using|consuming) "
        r"(?:the |all the |so much |much )?(?:cpu|memory|ram|mem)\b(?! (?:requests?|limits?)\b)|"
        r"\bhow fast is (?:the |its |their )?(?:disk|network|node|cpu|storage|volume)|"
        r"\b(?:disk|network) speed\b|"
        r"\b(?:send|sends|sent|receive[sd]?|receiving|serve[sd]?|serving|handle[sd]?|handling) (?:the )?"
        r"(?:most|more|many|fewest|least) requests\b",
        "That is a live measurement (CPU, memory, disk, requests), a metric kubequery does not read; "
        "requests and limits it can answer.",
    ),
    (
        r"\b(?:out of date|outdated|stale|old|older) (?:images?|versions?|tags?)\b|"
        r"\bimages? (?:that )?(?:are |is )?(?:out of date|outdated|stale|behind)\b|"
        r"\bnewer (?:images?|versions?|tags?)\b",
        "Whether a newer image exists is the registry's business, which kubequery does not read; it can list "
        "the images and tags that run.",
    ),
    (
        r"\bnodes? (?:that )?(?:are |is )?(?:full|at capacity)\b|\bfull nodes?\b|"
        # (not "room for a 4 cpu pod": that says the measure)
        r"\b(?:room|space) for (?:more|other|new|extra) (?:pods?|workloads?)\b",
        "'Full' (or room left) is ambiguous for a node: ask for its pods against its pod capacity, or its "
        "requested cpu or memory against what it can allocate.",
    ),
    (
        # "requests" alone: HTTP requests served are metrics; cpu or memory requests must be said
        r"^(?!.*\b(?:cpu|cores?|memory|mem|ram|gpus?|storage|ephemeral)\b)"
        r".*\b(?:most|fewest|least|more|fewer|highest|lowest|biggest|top \w+ by|by)\s+requests\b",
        "'Requests' alone is ambiguous: requests served are metrics kubequery does not read, and "
        "resource requests need their resource ('the deployments with the most cpu requests').",
    ),
    (
        # "the oldest image": when an image was built is in its registry, not in the cluster
        r"\b(?:oldest|newest|most recent) images?\b|\bimages? (?:is|are) (?:the )?(?:oldest|newest)\b",
        "When an image was built, and whether a newer one exists, is known to its registry, not the "
        "cluster; kubequery can list the images and tags running, and pods created longest ago.",
    ),
    (
        r"\b(?:past|previous|prior|earlier|old|former) rollouts?\b|\brollouts? history\b|"
        r"\bhistory of (?:the )?rollouts?\b",
        "Past rollouts are history the cluster does not keep; kubequery reads its current state (each "
        "deployment's current revision and its replica sets).",
    ),
    (
        r"\b(?:deploys|deployments|rollouts|releases|upgrades) (?:happened|were (?:made|done|rolled out))\b",
        "How many rollouts happened is history the cluster does not keep; kubequery reads its current "
        "state (each deployment's current revision).",
    ),
    (
        r"\b(?:last|latest|previous|recent) (?:deploy|deployment|rollout|release|upgrade)\b.*"
        r"\b(?:take|took|last|lasted|change|changed)\b|"
        r"\bwhat (?:has )?changed\b.*\b(?:deploy\w*|rollout|release|upgrade)\b",
        "What a past rollout changed and how long it took is history the cluster does not keep; kubequery "
        "reads its current state (a deployment's current revision and replica sets).",
    ),
    (
        r"\b(?:certs?|certificates?|tls)\b.*\b(?:expir\w*|valid until|not after)\b|"
        r"\bexpir\w*\b.*\b(?:certs?|certificates?|tls)\b",
        "A certificate's dates are inside its secret's data, which kubequery never shows.",
    ),
    (
        # not what the events said, nor what a component that reports events said ("what did the
        # scheduler say about pod x?"): they are held
        r"\bwhat did (?!(?:the |its |their )?(?:events?|ev|warnings?|(?:default-)?scheduler|kubelet|"
        r"(?:[\w\-]+ ){0,2}[\w\-]*controller(?:[\w\-]*)|kernel-monitor)\b)"
        # ("what did its Evicted event say": the event's message)
        r"(?!(?:the |its |their )?\w+ (?:events?|ev|warnings?) say\b)"
        r".{1,60}\b(?:print|output|write|log|say)\b|"
        r"\b(?:bytes|packets)\b.*\b(?:sent|send|received|receive|served|transferred)\b|"
        r"\b(?:what|which) (?:messages?|lines?|output|errors?|text|exceptions?) (?:did|does|do|has|have) "
        r".{1,60}\b(?:print|output|write|log|emit|throw|spit)\w*|\b(?:error|console|terminal|program|command)"
        r" output\b|"
        # "how many events did each controller emit": counted per reporter, no one program's output
        r"\bdid (?!(?:each|every) |(?:the |its |their )?(?:events?|ev|warnings?|(?:default-)?scheduler|"
        r"kubelet|[\w\-]*control"
        r"ler[\w\-]*)\b)"
        r"(?:the |its |their )?[\w\-]+(?: \w+)? (?:print|output|write|log|emit)\b|\b(?:the )?output (?:of|fro"
        r"m)\b|"
        r"\bwhat (?:does|do) .{1,40}\b(?:return|respond with)\b|\b(?:health ?check|readiness|liveness|probe) "
        r"(?:response|result|output)s?\b",
        "What a container printed or sent is in its logs and metrics, which kubequery does not read.",
    ),
    (
        r"\b(?:next|upcoming|planned)\b.{0,30}\b(?:upgrades?|maintenance|patch(?:ing)?|outages?|downtime)\b|"
        r"\b(?:upgrades?|maintenance)\b.{0,30}\b(?:scheduled|planned)\b",
        "Planned upgrades and maintenance are decided outside the cluster (by its operators or cloud "
        "provider); the Kubernetes API's objects do not record them.",
    ),
    (
        r"\bload average\b|\bprocesses\b(?!.*\bevents?\b)|\bfile descriptors?\b|"
        r"\bqueue (?:depth|length|size)\b|"
        r"\btime ?zones?\b|\bresponse (?:times?|sizes?|codes?)\b|\bgit (?:sha|hash|commit|revision)\b|"
        r"\b(?:endpoints?|services?|ingress\w*|apis?)\b.*\b(?:slow|slowest|fastest)\b|"
        r"\bhow many requests (?:did|does|do|has|have)\b|"
        r"\b(?:use|uses|using)\b.*\b(?<!host )(?:network|disk i/?o)\b(?! ?polic)|"
        r"\bdisk ?i/?o\b|\biops\b|"
        r"\bwhat changed\b.*\brevisions?\b|"
        r"\b(?:dmesg|journalctl|syslog|htop|netstat|lsof|strace|nvidia-smi|iostat|vmstat|tcpdump)\b|"
        r"^(?:run )?(?:ps|ss|free)(?: -\w+)+|^(?:run"
        r" )?ps aux\b|"
        r"\bcpu steal\b|\bsteal time\b|\biowait\b|\bcontext switch\w*|\binodes? (?:usage|used|free|left)\b|"
        r"\b(?:active|open|tcp|established|concurrent|idle) connections?\b|\bconnections? (?:open|active)\b|"
        r"\baccuracy\b|(?<![\w\-])git(?![\w\-])|\bimages?\b.{0,40}\bbuilt\b|\bbuild (?:date|time|number)\b|"
        r"(?<!disruption )(?<!disruption-)\bbudgets?\b|\b(?:jenkins|circleci|travis|buildkite|teamcity|bamboo"
        r")\b|"
        r"\bci (?:pipelines?|runs?|jobs?|builds?)\b",
        "That is inside the machines and applications (processes, requests served, response times, "
        "commits): the Kubernetes API's objects do not record it.",
    ),
    (
        r"\bnext (?:week|month|quarter|year)\b|\bwill\b.{1,60}\b(?:soon|tomorrow)\b|"
        r"\bwill (?:be |get )?(?:evicted|killed|preempted|oom\w*)\b|"
        r"\b(?:when(?! did\b)|will)\b.{1,40}\b(?:run out|fill up|be full|fail|crash|break|go down)\b|"
        r"\b(?:how long|how soon|when)\b.{1,40}\b(?:is|are|be|gets?|becomes?) (?:full|exhausted)\b|"
        r"\bwhere (?:would|will|could) .{0,40}\b(?:go|land|end up|move|be (?:re)?scheduled)\b|"
        r"\b(?:likely|unlikely|probably) to (?:crash|fail|be|get|break|go|run|oom|die|restart|need)\b|"
        r"^estimate\b|\bhow long (?:will|would) .{1,60}\btake\b|\beta\b|"
        r"\bwhen will\b(?!.*\b(?:next|cron\w*|cj)\b)|"
        r"\bwill (?!.*\b(?:next|cron\w*|cj)\b)(?:the |it |they |these |those )?(?:[\w\-]+ ){0,2}"
        r"(?:get (?:scheduled|started|fixed)|start|finish|complete|succeed|recover|come back|ever)\b|"
        r"\bif (?:i|we|you) (?:delete|remove|drain|cordon|kill|scale|lose|shut|take|evict|restart|reboot)\b",
        "kubequery answers about the cluster as it is now; it does not predict the future.",
    ),
    (
        # use measured against what was asked for: "pods using more memory than they request"
        r"\b(?:use|uses|using|consum\w*)\s+(?:more|less|over|under)\s+(?:cpu|memory|mem|ram)\s+than\b|"
        r"\b(?:use|uses|using|consum\w*)\s+(?:over |more than |above |under |less than )?"
        r"\d+\s*(?:%|percent)\s*of\b|"
        # "containers exceeding their memory request", "actually using", "close to their limit", "90% used"
        r"\bactual(?:ly)? (?:us\w+|consum\w+|cpu|memory|mem|ram)\b|"
        r"\b(?:pods?|containers?|workloads?)(?: that| which)? (?:exceed|exceeds|exceeding|go(?:es|ing)? over|"
        r"(?:are|is) over) (?:their|its) (?:cpu |memory |mem )?(?:requests?|limits?)\b|"
        r"\b(?:close to|near|nearing|approaching|hitting|reaching) (?:their|its|the) (?:cpu |memory |mem )?"
        r"limits?\b|"
        r"^(?!.*\b(?:quotas?|requests?|requested|limits?|allocat\w*|capacity|hpas?|autoscal\w*|targets?)\b)"
        r".*\d+ ?(?:%|percent)\b.*"
        r"\b(?:used|usage|utili[sz]\w*|full|consumed|busy)\b"
        # "cpu % of worker-3", "gpu memory used on gpu-1", "overprovisioned deployments"
        r"|^(?!.*\b(?:quotas?|req\w*|limits?|allocat\w*|capacity|hpas?|autoscal\w*|target\w*)\b).*"
        r"\b(?:cpu|memory|mem|ram|gpu|disk)(?: usage| use| util\w*)? ?(?:%|percent(?:age)?)\b|"
        r"\bgpu memory (?:is |are )?(?:used|usage|free|left|available)\b|\bvram\b|\bover-?provisioned\b|\bun"
        r"der-?utili[sz]ed\b|"
        r"\b(?:wasting|waste|wasted) (?:resources|cpu|memory)\b|"
        r"\brequests? more than (?:they|it) (?:use|uses|need|needs|actually)\b|"
        # "pods using more than 80% cpu": a live use, as a share
        r"^(?!.*\b(?:hpas?|autoscal\w*|quotas?)\b).*\b(?:using|uses|use|consuming|consumes|eating)\s+"
        r"(?:more|less|over|under|above|below)\s+(?:than\s+)?\d+ ?(?:%|percent)",
        "How much CPU or memory is in use now is a metric (kubectl top), which kubequery does not read; "
        "ask by requests or limits instead.",
    ),
    (
        r"\b(?:current |cpu |system )?load (?:on|of)\b|\b(?:cpu|current|system|memory|node|server) load\b(?!"
        r" ?balanc)",
        "A machine's load is a metric (kubectl top, node metrics), which kubequery does not read.",
    ),
    (  # a state compared with, or seen before, an earlier one: "compare today's pod count to yesterday's"
        # (not "how many pods were created yesterday?": a window on a time the objects still hold)
        r"\b(?:count|number|total|how many)\b(?!.*\b(?:created|started|finished|completed|made|launched|"
        r"spun up)\s+yesterday\b).*\byesterday\b|\byesterday,? (?:at )?(?:the )?same time\b|"
        r"\b(?:(?:more|fewer|less|higher|lower|bigger|smaller)(?: [\w\-]+){0,3} than|compared? (?:to|with)|"
        r"vs\.?|versus) (?:yesterday|last (?:week|month|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday))\b|\blast (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday) (?:vs\.?|versus|compared to|and) (?:today|now)\b|\byesterday'?s\b|"
        r"\b(?:look|looked|was|were) like (?:before|yesterday|last)\b|"
        r"\bbefore (?:the |its |their )?(?:(?:last|latest|previous|recent) (?:change|update|edit|rollout|"
        r"deploy\w*|release|upgrade)|(?:change|upgrade|update|edit|release))\b",
        "An earlier state is history the cluster does not keep; kubequery reads its current state (and "
        "recent events).",
    ),
    (
        r"\b(?:env(?: ?var\w*| variables?)?|environment (?:var\w*|variables?))\b(?! ?labels?\b)(?!=)"
        r".*\b(?:values?|contents?|set to|say|says)\b|"
        r"\bvalues? of (?:the |its |their )?\S+ (?:(?:in|from) (?:the |its |their )?(?:\S+ )?)?env(?:ironmen"
        r"t)?\b",
        "Environment variable values are not kept: the containers table holds their names only "
        "(env_names), since values often carry credentials.",
    ),
    (
        r"\btrends?\b|\bover time\b|\b(?:graph|chart|plot)\b",
        "Trends over time are history the cluster does not keep; kubequery reads its current state (and "
        "recent events).",
    ),
    (
        r"^open (?:a |the )?(?:port \d+|ports? (?:on|for|to)\b)",
        "Opening a port would change the cluster: kubequery is read-only.",
    ),
    (
        r"\bhow many times (?:was|were|has|have|did|is)\b.*\b(?:updated|changed|modified|edited|scaled|"
        r"deployed|redeployed|patched|rolled(?: out| back)?|upgraded)\b|"
        r"\b(?:previous|prior|former|earlier) (?:images?|versions?|tags?|replica counts?|specs?|configs?)\b|"
        r"\b(?:did|was|were|had)\b.*\bbefore[?.!]*$|"
        # "how has the number of pods grown over the last month?": a trend
        r"\bhow (?:has|have|did|does|do) .{0,50}\b(?:grow|grown|changed|increased|decreased|trended|evolved|"
        r"shrunk|shrank)\b|"
        # (an autoscaler keeps when it last scaled: "hpas that scaled in the last 12 hours" is answered)
        r"^(?!.*\b(?:hpas?|autoscal\w*)\b).*\bscaled(?: up| down| out| in)?\b.*"
        r"\b(?:today|yesterday|in the (?:last|past)|this (?:week|month)|"
        r"since|\d+ \w+ ago)\b",
        "How an object changed over time is history the cluster does not keep; kubequery reads its current "
        "state (and recent events).",
    ),
    (
        r"\b(?:services?|svc|website|site|endpoints?|urls?|apis?)\b.*\brespond\w*\b(?!.*\bprobes?\b)|"
        r"\bmaintenance mode\b",
        "That needs the cluster to act or to be called (a request, a maintenance mode); kubequery only reads "
        "what the cluster's objects hold.",
    ),
    (
        r"\bmt(?:tr|bf|td|ta)\b|\bmean time (?:to|between)\b|\boverloaded\b|\bcommands? (?:were|was|have bee"
        r"n|has been) "
        r"(?:run|ran|executed|typed)\b",
        "That is measured or logged outside the Kubernetes API's objects (load, recovery times, commands "
        "run); kubequery can answer from requests, limits, conditions and events.",
    ),
    (
        # (but "pods affected if worker-3 goes down" are the pods on it: answered)
        r"^(?:benchmark|stress[- ]test|load[- ]test|resolve|nslookup|dig)\b(?![\w\-]| in [a-z0-9][\w\-]*\b)|"
        r"\b(?:would|will|could)\b.{0,40}\b(?:fit|survive|cope|reschedule\w*|be rescheduled)\b.{0,40}\bif\b|"
        r"\bsurvive (?:losing|the loss of|a)\b",
        "That needs the cluster to act (a test, a lookup, a what-if); kubequery only reads what the "
        "cluster's objects hold.",
    ),
    (
        r"\brolled back\b",
        "Which rollouts were undone is history the cluster does not keep; kubequery reads its current state.",
    ),
    (  # "deployments changed today": objects keep when they were made, not when they were last edited
        r"\b(?:updated|modified|changed|edited|patched|rolled out)\b(?! replicas).*"
        r"\b(?:in the (?:last|past)|today|yesterday|this (?:week|month)|since|within|\d+ \w+ ago)\b|"
        # "last modified time of checkout-api", "has worker-3 ever been NotReady" (a condition keeps its last
        # change)
        r"^(?!.*\b(?:conditions?|heartbeats?|transitions?|hpas?|autoscal\w*)\b)(?:.*\blast (?:modified|update"
        r"d|changed|"
        r"edited|deployed|redeployed|released|patched)\b|.*\bthe last (?:deploy|rollout|release) of\b|"
        r".*\bdeploy(?:ment)? history\b|.*\bever (?:been|gone|went|become)\b(?!.*\b(?:restart|crash|oom)\w*)|"
        r".*\bhow many times has [\w\-]+ (?:gone|become|went)\b|.*\bflap\w*\b|"
        r".*\bhow long was [\w\-]+ (?:down|unavailable|not ready|notready|offline)\b|"
        # "NotReady history of worker-7", "node uptime history": past states
        r".*\b(?:notready|not ready|ready|readiness|downtime|uptime|outage|status|state|restart) history\b)",
        "When an object was last changed is history the cluster does not keep (only when it was created); "
        "ask for objects created in that window, or for rollouts in progress.",
    ),
    (  # "top 3 pods": kubectl top ranks by live usage; with no measure said there is nothing to rank by
        r"^(?:show |list |get |give me )?(?:the |me )?top(?: \d+| [a-z]+)? (?:pods?|po|nodes?|no|"
        r"deployments?|deploys?|containers?|workloads?|namespaces?|ns)(?: (?:in|on|-n) [\w\-]+| here)?\W*$",
        "A top list needs a measure: kubectl top ranks by live CPU and memory use, which the cluster's "
        "objects do not hold. Ask by one they hold, e.g. 'top 3 pods by restarts' or 'by memory request'.",
    ),
    (  # "the biggest node": by cores, memory or pods?
        r"^(?:which is |what'?s |what is )?(?:the )?(?:biggest|largest|smallest) (?:nodes?|machines?)[?.!]*$",
        "'Biggest' needs a measure for nodes: say by CPU, memory or pods (e.g. 'the node with the most "
        "allocatable memory').",
    ),
    (
        r"\bauth can-?i\b",
        "Whether a request would be allowed is the API server's check (kubectl auth can-i); kubequery can "
        "list the role bindings that grant it instead.",
    ),
    (
        r"^(?:kubectl|k) debug\b",
        "kubectl debug starts a pod: kubequery is read-only.",
    ),
    (
        r"\bsecrets?\b.*\s-o\s*(?:yaml|json|jsonpath|go-template)\b|\bsecrets?\b.*\b(?:as|in) (?:raw )?(?:ya"
        r"ml|json)\b",
        SECRET_VALUES,
    ),
    (
        # a container's environment printed is its values: "print env of the storefront pod", "printenv"
        r"\bprint ?env\b|\b(?:dump|print|cat) (?:out )?(?:the |its |their )?env(?:ironment)?\b(?! ?var\w* na"
        r"mes?)|"
        # an env var's value asked for by its name: "what is DATABASE_URL set to in checkout-api"
        r"\b[a-z][a-z0-9]*_[a-z0-9_]+ (?:set to|equal to|equals)\b",
        "Environment variable values are not kept: the containers table holds their names only "
        "(env_names), since values often carry credentials.",
    ),
    (
        r"(?<![\w{])\$(?![\w{.])|\bcosting\b|\bhourly rate\b|\bpays? for\b|\bshowback\b|\bchargeback\b|\bove"
        r"rpay\w*",
        "What the cluster costs is billing, which the Kubernetes API's objects do not hold.",
    ),
    (
        # how active or used something is: "the most active pod", "services nobody calls", "get no requests"
        r"^(?!.*\b(?:jobs?|cronjobs?|cj)\b).*\bmost active (?:pods?|deployments?|containers?|services?|apps?"
        r"|workloads?|nodes?)\b"
        r"(?!.*\bby\b)|"
        r"^(?!.*\b(?:cpu|memory|mem|ram|gpus?|storage)\b).*\b(?:gets?|getting|receiv\w*|handl\w*|serv\w*) "
        r"(?:no|any|the most|most|few|fewer|little|many|a lot of) (?:requests|hits|calls|visits|visitors)\b|"
        r"\b(?:nobody|no one|no-one|anyone|anybody) (?:calls?|hits?|visits?|talks? to)\b|"
        # "which client IPs hit the guestbook ingress": who sent requests, in access logs
        r"\b(?:client|source|caller|visitor)s?(?: ips?| addresses| addrs?)? "
        r"(?:hit|hits|hitting|call\w*|visit\w*|access\w*|connect\w*|reach\w*|request\w*)\b|"
        r"\bwhy (?:is|are) .{1,40}\b(?:slow|laggy|sluggish|lagging)\b|"
        # "how long is x taking to answer its probe", "how slow is the readiness probe": a latency
        r"\bhow (?:long|slow|fast|quickly) (?:is|are|does|do|did) .{1,60}\b"
        r"(?:answer|respond|repl(?:y|ies)|return)\w*\b|"
        r"\bhow (?:slow|fast|quick) (?:is|are) (?!.*\b(?:rollouts?|jobs?|cronjobs?|schedul\w*)\b)|"
        r"\b(?:active|online|concurrent|logged[- ]in) (?:users|sessions|visitors)\b|\busers (?:online|active"
        r")\b|"
        r"\bhow many (?:users|visitors|sessions|orders|customers|signups|transactions|purchases)\b|"
        r"\b[45]0\ds (?:did|do|does|were|was|from|on|in)\b|\breturn\w* (?:http )?(?:status )?[45]\d\d\b|"
        r"\bhttp (?:errors?|requests?|codes?|status(?:es)?|traffic)\b|"
        # "how many API calls has the ci-deployer service account made today?": the API server's traffic
        r"\bapi (?:calls|requests)\b(?!.*\b(?:cpu|memory|mem)\b)|"
        r"^(?!.*\b(?:cpu|memory|mem|ram|gpus?|storage)\b).*\b(?:request counts?|(?:number|count) of requests"
        r")\b|"
        r"(?<!\bhost )\bnetwork (?:in|out|rx|tx)\b|"  # (not "pods using host network in kube-system")
        r"\b(?:use|uses|using|utili\w+) (?:the )?(?:gpus?|cpus?|memory|ram) (?:the )?most\b|"
        r"^(?!.*\b(?:requests?|limits?|quotas?|allocat\w*|capacity)\b).*\b(?:cpu|memory|mem|ram|gpu) use\b",
        "That is a live measurement (requests served, users, use), a metric kubequery does not read; it "
        "reads the Kubernetes API's objects (requests and limits, conditions, events).",
    ),
    (
        r"^(?:and |what about |how about )?(?:their |its |the )?(?:output|stdout|history|yesterday)\W*$|"
        r"\b(?:errors?|exceptions?|stack ?traces?|messages?|lines?)(?: (?:they|it))? (?:logged|printed)\b|"
        r"\b(?:their|its) (?:last |latest )?output\b|"
        r"\bused (?:space|storage(?! ?class)|disk|capacity|bytes)\b|"
        r"\b(?:close to|near|nearing|about to|on the verge of) (?:an? |being |getting )?oom\w*|\bpage faults"
        r"?\b|"
        r"\b(?:db|database|sql|postgres|mysql|redis) connections?\b|"
        r"\bshow (?:me )?(?:the |its |their )?output\b|\b(?:crash|core|thread|heap|memory) ?dumps?\b",
        "What a container printed, dumped or measured is in its logs, files and metrics, which kubequery "
        "does not read.",
    ),
    (
        # how to do something, not what the cluster holds: "the command to cordon worker-3", "what is a pod"
        r"\b(?:commands?|scripts?|one-?liners?|syntax) (?:to|for|that) \w+|"
        r"^(?:what(?:'s| is) (?:a|an)|define|explain) [\w\- ]{1,30}[?.]*$",
        "kubequery answers what the cluster's objects hold; it does not write commands or explain concepts.",
    ),
    (
        r"\b(?:alert|notify|page|email|text|message) me\b|\bset up (?:an? )?(?:alerts?|monitor\w*|notificati"
        r"ons?)\b|"
        r"^create (?:an? )?(?:alerts?|alerting rules?)\b",
        "Alerts and notifications are set up in your monitoring tools: kubequery only answers questions.",
    ),
    (
        r"\bsecurity ?groups?\b|\broute ?53\b",
        "The cloud account's network settings are not in the Kubernetes API's objects.",
    ),
    (
        r"\b(?:crash\w*|restart\w*|oom\w*|failures?) per (?:day|week|month|hour)\b|"
        r"\blast (?:deploy|rollout|release|upgrade)(?:ment)? (?:times?|dates?)\b|"
        r"\b(?:pod|node|replica|deployment|namespace) counts? history\b|"
        r"\bhistory of (?:the )?(?:pod|node|replica) counts?\b",
        "Counts over time are history the cluster does not keep; kubequery reads its current state (and "
        "recent events).",
    ),
    (
        r"\bhow long (?:until|till|before)\b(?!.*\b(?:next|cron\w*|cj)\b)|"
        r"\bwill (?:\S+ ){1,3}(?:be |get )(?:evicted|killed|preempted|oom\w*)\b|"
        r"\b(?:going to|gonna|about to) (?:crash|fail|break|die|go down|run out|restart|oom|be (?:evicted|ki"
        r"lled|"
        r"oom\w*))\b|^(?:can|could|would|will|does|do) .{1,40}\bfit\b",
        "kubequery answers about the cluster as it is now; it does not predict the future.",
    ),
    (
        r"\btemperatures?\b|\bpower draw\b|\bfan speeds?\b",
        "A machine's sensors (temperature, power) are not in the Kubernetes API's objects.",
    ),
]

# Autoscalers hold the CPU utilisation they last read (hpa status), so ranking them by it is answerable.
_AUTOSCALER = r"\b(?:hpas?|(?:horizontal ?pod ?)?autoscalers?)\b"
# an amount of cpu or memory in the previous answer's columns, which a terse follow-up may sort by
_AMOUNT_SHOWN = r"^select (?:(?!\bfrom\b).)*\b(?:cpu|memory)_(?:request|limit|allocatable|capacity)"
_USE = r"\b(?:use[sd]?|using|usage|consum\w*|utili[sz]\w*)\b"
_GPUS = r"(?<![\w-])gpus?(?![\w-])"  # GPUs, not the node gpu-1

# A request framed as a wish or a favour; a change verb after it is an order, not a question.
_WISH = (
    r"\b(i want|i need|i'?d like|we need|we want|can you|could you|would you|will you|please|pls|"
    r"make sure|go ahead and|let'?s|lets|i must|you should|help me|we should|(?:it'?s )?time to|"
    r"it'?s (?:fine|ok|okay|safe) to|(?:would|will) be (?:great|nice|good) if|do me a favou?r and|"
    r"feel free to|you (?:can|may) (?:go ahead and )?|(?:would|is) it (?:be )?possible to|i'?d appreciate (?:"
    r"it )?if|"
    r"can (?:kubequery|this tool|the tool|it)|i'?d love (?:it )?if|i'?d love (?:you )?to|"
    r"would love (?:it )?if)\b"
)

# Politeness after an order: "restart storefront when you get a chance", "checkout-api restart please"
_TRAIL = (
    r"(?:,?\s+(?:please|pls|plz|thanks|thank you|thx|asap|right now|now|for me|real quick|quickly|"
    r"when you (?:get|have) a (?:chance|minute|sec\w*|moment)|if you can|if possible))+[.!?]*$"
    # why, told after the order: "restart legacy-billing in team-b, it's stuck in BackOff"
    r"|\s*[,.;:\-\u2013\u2014]+\s*(?:it|it'?s|it is|it has|it keeps|they|they'?re|they are|they keep|its|"
    r"because|since|as|cause|'cause|seems|looks) .*$"
)
# A change verb said last, after a name or a listing: "crashlooping pods, restart", "failed jobs -> rerun"
_SAID_LAST = (
    r"(?:^|[,:;]\s*|->\s*|\s)(?<!\bto )(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bnot )(?<!\bnever )"
    r"(?<!\bpolicy )(?<!\bpolicies )(?<!\breason )(?<!\bstatus )(?<!\bstrategy )(?<!\btype )"
    r"(?<!\bverb )(?<!\bverbs )(?<!\bretain or )(?<!\bretain\/)(?<!\brecycle or )"
    r"(?<!\ba )(?<!\bno )(?<!\bany )(?<!\bone )(?<!\blast )(?<!\bfirst )(?<!\bnext )"  # "without a restart"
    r"(restart|rerun|re-run|retry|drain|cordon|uncordon|delete|kill|evict|redeploy|rollback|bounce|nuke|purge"
    r"|"
    r"suspend|unsuspend|reboot|recycle|respin|terminate|remove)[.!?]*$"
)

# The words that may come before an order: "ok so could you please ...", "it would be great if you could".
_LEAD = (
    r"^(?:(?:please|pls|ok|okay|now|then|and|so|just|also|hey|yes|sure|go ahead and|can you|could you|"
    r"would you|will you|can we|could we|can u|i want to|i need to|we need to|let'?s|i'?d like to|"
    r"(?:it )?(?:would|will) be (?:great|nice|good) if you (?:could|can|would)|kindly|possibly)\s+)*"
)
# Orders said first, after _LEAD, beyond a change verb and its object (see lx.MUTATIONS).
_ORDERS = (
    # "bind cluster-admin to the ci-deployer service account", "grant edit to bob": a role given to someone
    r"(?:bind|grant|assign|attach|give) (?:the )?(?:(?:cluster ?)?roles? )?(?:cluster-admin|admin|edit|view|"
    r"[\w\-]+ (?:cluster ?)?role|(?:cluster ?)?role [\w\-]+)(?: role)? (?:to|for|on) ",
    # "mind draining worker-4", "would you mind restarting kafka"
    r"(?:(?:would|do) you )?mind (?:\w+ )?(?:drain|cordon|uncordon|delet|restart|reboot|evict|kill|scal|patch"
    r"|redeploy|rerun|re-run|retry|"
    r"remov|purg|nuk|bounc|rollback|roll back|suspend|resum|unsuspend|pause|unpaus|upgrad|rotat|renew|"
    r"expand|resiz|taint|label|annotat)(?:e?ing)\b(?! (?:time|count|policy|pods?|nodes?|jobs?)\b)",
    # "take worker-5 offline", "get worker-3 out of the pool", "bring the cronjob back"
    r"(?:take|put|get|pull|move|bring|switch|turn|knock|(?:i |we )?(?:want|need)) "
    r"(?:(?!(?:that|which|who|are|is|were|was|being|not)\b)\S+ ){1,3}(?:offline|online|out of (?:rotation|"
    r"the pool|service|the cluster|the load ?balancer)|back(?: up| online| on| into service)?)[.!?]*$",
    r"(?:take|bring|knock) (?:(?!(?:that|which|who|are|is|were|was|being|not)\b)\S+ ){1,3}down[.!?]*$",
    # "take carol out of that binding", "kick bob off the rolebinding": a subject removed
    r"(?:take|kick|get|pull|drop|remove) \S+ (?:out of|off|from) (?:that|the|this|his|her|their|its) "
    r"(?:(?:cluster ?)?role ?binding|binding|rb|crb|group)s?\b",
    r"(?:switch|power|shut) (?:off|on|down)\b|power[- ]?cycle\b|hard[- ]reset\b|wake up\b|clear out\b",
    # "deal with the failing ones", "handle it", "sort them out", "make it so", "yes please"
    r"(?:deal with|handle|take care of|sort out|fix up|look after) (?:it|them|those|these|that|the|all|every"
    r")\b|"
    r"sort (?:it|them|those|these|that) out\b|make it so\b|point (?:\S+ ){1,3}(?:at|to) \S|"
    r"(?:give|make|grant) (?:me|us) (?:an? )?(?:admin|cluster-admin|owner|editor|edit|view)(?: access| right"
    r"s| "
    r"permissions?)?(?: (?:in|on|for|to) (?:this |the |my )?[\w\-]+| here| there)?\W*$|"
    r"(?:yes|yeah|yep|sure|ok|okay)(?:[,!.]?\s*(?:please|pls|do it|go ahead|go for it|proceed))?\W*$",
    # "turn worker-5 off", "switch the hpa on"
    r"(?:turn|switch|shut|power) (?:(?!(?:that|which|who|are|is|were|was|being|not)\b)\S+ ){1,3}"
    r"(?:off|on|down)[.!?]*$",
    # "get kafka-0 to restart", "make the fraud-detector pods restart"
    r"(?:get|have|make|force|tell) (?:the )?[\w\-]+(?: pods?| nodes?| deployments?| jobs?)? (?:to )?(?:restar"
    r"t|"
    r"reboot|redeploy|roll ?back|rerun|re-run|retry|scale|drain|die|stop|quit|exit|crash)\b",
    # "make sure nothing runs on worker-3": an outcome ordered
    r"(?:(?:do|perform|run|kick off|start|issue|initiate|carry out) )?"
    r"(?:a|an|one more|another) (?:(?:rolling|rollout|full|quick|graceful|hard|soft|clean) )?"
    r"(?:restart|rollback|roll ?back|redeploy|reboot|drain|rerun|re-run|bounce) of\b",
    r"let (?!me\b|us\b)(?:the )?[\w\-]+(?: pods?| workloads?| jobs?)? (?:schedule|run|use|access|land|talk|r"
    r"each)\b",
    # "set suspend: true on cj nightly-report": a field set on an object
    r"set (?:the )?[\w.\-]+\s*[:=]\s*\S+ (?:on|for|in) \S",
    r"(?:make sure|ensure) (?:that )?(?:nothing|no \w+|none|all|every\w*|(?:\S+ ){1,5}(?:is|are|runs?|gets?|"
    r"stays?|has|have|doesn'?t|don'?t|never|only|always|won'?t|can'?t|cannot))\b",
    # "keep storefront off worker-7 from now on": where something may run, ordered
    r"keep (?!only\b|just\b)(?:\S+ ){1,3}(?:off|away from|out of)\b",
)
# More verbs that order a change when said first; "reclaim policy" asks, "reclaim the released pvs" orders.
_MORE_ORDERS = {
    *("zap", "respin", "re-spin", "decommission", "reclaim", "deprovision", "reprovision", "cancel", "abort"),
    *("halt", "downscale", "upscale", "requeue", "reap", "prune", "unfreeze", "freeze", "cycle", "reinstall"),
    *("deactivate", "reactivate", "re-enable", "reenable", "unschedule", "regenerate", "revert", "undeploy"),
    *("double", "halve", "triple", "quadruple", "swap", "unstick", "unblock", "repair", "rebuild", "reimage"),
    *("enforce", "debug", "recover", "end", "finish", "complete", "wake", "empty", "gc", "fire", "lock"),
    *("unlock", "rebalance", "spread", "post", "emit", "publish"),
    # "acknowledge the Unhealthy warnings so they stop showing up": alerts or events marked as seen
    *("acknowledge", "ack", "dismiss", "silence", "mute", "unmute", "snooze", "suppress"),
}
# Ambiguous verbs that still order when "it" follows: "if not restart it", "cordon it"
_IT_ORDERS = {"restart", "stop", "resume", "expose", "relabel", "raise", "lower", "label", "update", "move"}
# What a person did, asked with "who": "who wrote the storefront deployment", "which user evicted kafka-0"
_MORE_AUDIT_VERBS = {
    *("wrote", "authored", "pushed", "committed", "merged", "removed", "killed", "evicted", "updated"),
    *("upgraded", "installed", "uninstalled", "labeled", "labelled", "annotated", "tainted", "uncordoned"),
    *("suspended", "paused", "resumed", "rebooted", "redeployed", "triggered", "approved", "made", "started"),
    *("launched", "spawned", "spun"),
    # who got into a container: "who exec'd into the fraud-detector pods today?"
    *("exec'd", "execed", "exec-ed", "shelled", "ssh'd", "sshed", "attached", "port-forwarded", "accessed"),
}
# API resources whose names hold a secret-like word, named by RBAC rules, not values
_RULE_RESOURCES = frozenset(
    {"tokenreviews", "serviceaccounts/token", "certificatesigningrequests", "subjectaccessreviews"}
)
# Verbs after "if" that describe a condition rather than order: "if they mount the volume", "if it allows"
_IF_ASKS = {"mount", "allow", "deny", "block", "limit", "schedule", "free", "clear", "keep", "use", "push"}
_ASKING_VERBS = {"list", "show", "get", "find", "count", "give", "tell", "make", "run", "keep", "set"}
_MORE_AMBIGUOUS = {"reclaim", "cycle", "freeze", "cancel", "halt", "double", "triple", "halve", "debug"}
# "end time", "complete jobs" ask; "end the running jobs" orders
_MORE_AMBIGUOUS |= {"end", "finish", "complete", "wake", "recover", "empty", "fire"}
_MORE_AMBIGUOUS |= {"spread"}  # "spread of pods across zones" asks
_NAMED_ONLY = {"end", "finish", "complete", "wake", "empty", "fire"}  # an order only before "the" or a name
# kubectl (or oc) subcommands that write, connect or stream, and helm's own: none reads the API's objects
# verbs that describe what does something to the rows before, asked of with "which": "which pods mount
# them?", "which cluster roles allow everything?", "which nodes run those pods?"
_DESCRIBING = frozenset({
    "mount", "mounts", "use", "uses", "reference", "references", "allow", "deny", "grant", "run", "runs",
    "host", "hosts", "hold", "holds", "own", "owns", "select", "selects", "target", "targets", "serve",
    "serves", "back", "backs",
})

_COMMANDS = (
    r"^(?:\S+ ){0,2}?(?:kubectl|oc) (?:annotate|apply|attach|autoscale|certificate|cordon|cp|create|debug|"
    r"delete|diff|drain|edit|exec|expose|label|logs|patch|port-forward|proxy|replace|run|scale|set|taint|top|"
    r"uncordon|wait|config|kustomize|plugin|alpha)\b|^(?:\S+ ){0,2}?oc adm\b|\s--as(?:-group)?[= ]|\bsudo\b|"
    r"\bimpersonat\w*|"
    r"^(?:\S+ ){0,2}?k (?:annotate|apply|attach|autoscale|cordon|cp|diff|drain|edit|exec|expose|patch|"
    r"port-forward|proxy|replace|taint|uncordon|wait|top|logs|debug|certificate|del)\b|"
    # "del po kafka-0": a delete said short
    r"^(?:\S+ ){0,2}?(?:kubectl|oc) del\b|"
    r"^del (?:po|pods?|deploy\w*|svc|services?|ns|namespaces?|no|nodes?|jobs?|cj|cronjobs?|cm|configmaps?|"
    r"secrets?|pvcs?|sts|statefulsets?|ds|daemonsets?|rs)\b|"
    r"^(?:helm|helmfile|argocd|argo|flux|istioctl|linkerd|kustomize|skaffold|terraform|tilt|k9s|stern|"
    r"kubectx|kubens|velero) (?!charts?\b|releases?\b|apps?\b|applications?\b)[a-z][\w\-]*"
)
# what a follow-up asks of the objects just listed: "print their data", "decode the first one"
_THEIR_VALUES = (
    r"\b(?:their|its|the|all|those|these) (?:data|values?|contents?|keys? and values?|decoded \w+|"
    r"passwords?|tokens?|plain ?text)\b|\bdecode\b|\bwhat'?s (?:in|inside) (?:them|it|those|these|the first)"
    r"\b|"
    r"\b(?:values?|contents?|data) (?:please|pls)\b|\b(?:show|print|reveal|dump|cat|read) (?:them|it|those)"
    r"\b|"
    r"^(?:and |now |ok,? )?(?:with|plus|incl\w*) (?:the )?(?:data|values?|contents?)\b"
)


# Nouns a participle describes when it follows them: "every pod labelled tier: backend"
_DESCRIBED = {
    *("pod", "pods", "po", "node", "nodes", "namespace", "namespaces", "ns", "deployment", "deployments"),
    *("service", "services", "svc", "objects", "ones", "workloads"),
}
_RELATIVE = {
    "that",
    "which",
    "who",
    "were",
    "was",
    "been",
    "are",
    "is",
    "got",
    "get",
    "have",
    "has",
    "had",
    "recently",
    "being",
    "not",
    "never",
}


# Words that may come before an order said first: "ok so could you please restart kafka".
_LEAD_WORDS = {
    *("please", "pls", "kubectl", "k", "ok", "okay", "now", "then", "and", "can", "you", "could"),
    *("would", "i", "want", "to", "need", "lets", "let's", "go", "just", "also", "so", "help"),
    *("i'll", "we'll", "let", "us", "gonna", "going"),  # "i'll drain worker-4", "let me restart it"
    *("me", "how", "do", "we", "quickly", "hey", "kindly", "possibly", "ahead", "yes", "yeah"),
    *("sure", "alright", "right", "u", "first"),
}
_LEAD_ALT = "|".join(sorted((re.escape(w) for w in _LEAD_WORDS), key=len, reverse=True))


# Verbs that, said first and followed by a few words and a kind, order something done to those objects.
_ORDERS_ON_KINDS = {
    *("restart", "start", "stop", "update", "label", "renew", "resume", "move", "expose", "enable"),
    *("disable", "change", "set", "mark", "launch", "provision", "clean", "recycle", "reschedule"),
}
_COLUMN_NOUNS = (
    r"(?:selectors?|keys?|values?|names?|counts?|polic(?:y|ies)|strateg(?:y|ies)|times?|reasons?|history|"
    r"number|status|revisions?|rates?|of)"
)
_KINDS = (
    r"(?:pods|po|deployments|deploys|services|svc|nodes|jobs|cronjobs|statefulsets|sts|daemonsets|ds|"
    r"replicasets|namespaces|ns|pvcs|containers|workloads|ingresses|configmaps|secrets|certs|certificates)"
)
_DETERMINERS = {
    *("the", "a", "an", "all", "every", "my", "this", "that", "these", "those", "it", "them", "each", "its"),
    *("some", "any", "our", "their", "node", "pod", "po", "deployment", "deploy", "svc", "service", "job"),
    *("pods", "nodes", "deployments", "deploys", "services", "jobs", "everything", "workloads", "traffic"),
    *("cronjob", "cronjobs", "cj", "statefulset", "statefulsets", "sts", "daemonset", "daemonsets", "ds"),
    *("replicaset", "replicasets", "rs", "hpa", "namespace", "ns", "ingress", "pvc", "configmap", "cm"),
    *("cert", "certs", "certificate", "certificates"),  # "renew certs"
}


_CHANGE = "That asks for a change to the cluster: kubequery is read-only. Use kubectl for changes."
# orders said without a verb the word lists hold, each with why it is declined
_SAID_AS_CHANGES = (
    # "roll payments-api back", "scale storefront down", "take worker-3 offline": verb and particle apart
    (
        r"^(?:please |pls |can you |could you |now |ok,? )?"
        r"(?:roll|scale|spin|shut|turn|take|bring|kick|wind) "
        r"(?:the |my |our )?[\w\-./]+(?: (?:deployment|deploy|statefulset|sts|pods?|service|svc|nodes?))?"
        r"(?: in [\w\-]+)? (?:back|down|up|off|on|offline|online|over)\b",
        _CHANGE,
    ),
    # "run env inside the cartservice pod": a command in a container, which kubectl exec runs
    (
        r"^(?:please |pls |can you |could you |now )?(?:run|execute|exec) .{1,60}\b(?:inside|in|within|on) "
        r"(?:the |a |my )?[\w\-./]+(?: pod| container)\b",
        "Running a command in a container needs kubectl exec; kubequery only reads the Kubernetes API's "
        "objects.",
    ),
    # "give it more memory", "strip its finalizers", "get recommendation pulling its image again":
    # orders said as what the object should get or lose
    (
        r"\b(?:give|allocate|assign|add)\s+(?:it|them|those|these|[a-z0-9][\w\-]*)\s+(?:more|less|extra|additional)"
        r"\s+(?:memory|mem|cpu|ram|resources|replicas|storage|disk|room)\b|"
        r"\b(?:strip|remove|clear|drop|delete|patch out|get rid of)\s+(?:the |its |their )?finalizers?\b|"
        r"^(?:please |pls |now )?get [\w\-]+ \w+ing\b.*\bagain\b|"
        r"(?:^|[,;]\s*)(?:please |pls |and )?(?:use|switch to|pin|roll to) (?:the )?:[\w.\-]+"
        r"(?: tag| image)?\b",
        _CHANGE,
    ),
    # "X keeps crashing, can you sort it out?", "worker-13 is NotReady, bring it back": a repair ordered
    (
        r"\b(?:sort|straighten|clean|patch) (?:it|them|this|that|things|everything) (?:out|up)\b|"
        r"\b(?:can|could|would) you (?:please |pls )?(?:fix|repair|resolve|heal|sort out|unstick|recover)\b|"
        r"(?:^|[,;.!?]\s*)(?:please |pls |now |just |go )?(?:fix|repair|heal) (?:it|them|this|that|those)\b|"
        r"(?:^|[,;.!?]\s*)(?:please |pls |can you |could you |now |just )?(?:bring|get|put) "
        r"(?:it|them|those|these|[\w\-]+) back(?: up| online| to life)?\b",
        _CHANGE,
    ),
    # "make worker-4 schedulable again", "bump its mem limit to 2Gi": a new state or amount ordered
    (
        r"\b(?:make|mark|set|get) (?:it|them|[\w\-]+)(?: (?:as|to be))? (?:un)?schedulable\b|"
        r"\b(?:bump|raise|increase|lower|reduce|decrease|change|set|up|double|halve) (?:the |its |their )?"
        r"[\w.\- ]{0,30} to \d+(?:\.\d+)?\s*(?:[kmgt]i?b?|cores?|millicores|%|replicas?)?(?:\W|$)",
        _CHANGE,
    ),
)


def _commands(verb: str, following: list[str], text: str) -> bool:
    """Whether a leading verb gives an order. "update strategy of deploys" asks; "update the image" orders."""
    nxt = following[0] if following else ""
    if verb == "rollout" and nxt in (
        "status", "history", "strategy", "strategies", "revision", "revisions", "stuck", "stalled", "hung"
    ):
        return False  # kubectl rollout status and history read; "rollout stuck deploys" asks
    if verb == "recreate" and nxt in ("strategy", "strategies", "type"):
        return False  # "recreate strategy deployments": the Recreate update strategy, asked about
    if verb in ("edit", "view", "admin") and nxt in (
        *("rolebindings", "rolebinding", "rbs", "rb", "bindings", "binding"),
        *("crbs", "crb", "role", "clusterrole"),
    ):
        return False  # "edit rolebindings here + subjects": bindings of the edit role
    marks = r"\b(labels?|annotations?|taints?)\b"
    if verb == "add" and nxt in ("their", "its") and not rx.search(marks, text):
        return False  # "add their last schedule time": a column asked for
    if verb == "add" and not rx.search(marks, text) and rx.search(r"\badd each (?:one|[\w\-]+)'s\b", text):
        return False  # "add each pod's images": a column too
    if verb == "add" and nxt == "up":
        return False  # "add up the memory capacity of every node": a sum asked for
    if verb == "add" and not rx.search(marks, text) and rx.search(
        r"\badd (?:the |a )?(?:[\w\-]+ ){1,3}(?:of|for) (?:each|every|the|their|its|them|those|these)\b", text
    ):
        return False  # "add the reclaim policy of each volume": a column too
    if verb not in lx.AMBIGUOUS_VERBS and verb not in _MORE_AMBIGUOUS:
        return True
    if verb in _NAMED_ONLY:  # "end the running jobs", "finish db-backup" order; "complete jobs" are listed
        return nxt in ("the", "all", "every", "those", "these", "that", "this", "my", "our", "up") or bool(
            rx.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", nxt)
        )
    # "deploy strategy=Recreate" filters deployments (kubectl's short name); "label po x a=b" orders
    assigns = "=" in text and verb != "deploy"
    if verb == "deploy" and rx.search(r"\bdeploy \S+ (?:\S+ )?(?:to|into|onto)\b", text):
        return True  # "deploy nginx to staging"
    if verb in ("change", "set", "switch", "update", "move", "turn", "pin", "assign") and rx.search(
        rf"\b{verb} (?:\S+ ){{1,4}}(?:to|into|onto) \S|\b{verb} (?:\S+ ){{1,6}}from \S+ to \S", text
    ):
        return True  # "change LOG_LEVEL to debug", "move the pod to worker-2"
    if verb in ("raise", "lower") and rx.search(
        rf"\b{verb} (?:the |its |their )?(?:cpu |memory |mem )?(?:requests?|limits?|replicas)\b", text
    ):
        return True  # "lower cpu requests on checkout-api"
    amounts = r"(?:slots?|capacity|space|cpu|memory|mem|resources|ips?)"
    granted = r"\b(access|permissions?|rights|admin|role|edit|view)\b"
    if verb in ("give", "grant") and rx.search(granted, text):
        return True  # "give alice edit access to team-b"
    if verb == "bind" and rx.search(r"\bbind \S+(?: \S+)? to (?:the |a )?\S+ (?:cluster ?)?roles?\b", text):
        return True  # "bind alice to the edit role in team-b"
    if verb == "free" and rx.search(rf"\bfree (?:pod |node )?{amounts}\b", text):
        return False  # "free pod slots per node": what is left, an amount asked about
    if verb == "copy" and rx.search(r"\bcopy (?:\S+ )*?(?:\S*/|out of|from|into|onto)", text):
        return True  # "copy /var/log/app.log out of pod x": kubectl cp
    if rx.search(rf"\b{verb} [a-z0-9]+(?:-[a-z0-9]+)+ (?:use|run|have|point|listen|talk)\b", text):
        return True  # "make payments-api use image v3"
    if verb in _ORDERS_ON_KINDS and rx.search(
        rf"\b{verb} (?!{_COLUMN_NOUNS}\b)(?:(?!(?:of|by|per|for|with|on|in)\b)[a-z]+ ){{0,2}}{_KINDS}\b", text
    ):
        return True  # "restart crashlooping pods", "clean failed jobs" (but "restart count of pods" asks)
    if rx.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", nxt) and rx.search(
        rf"\b{verb} {re.escape(nxt)}[\s.!?]*$", text
    ):
        return True  # "restart checkout-api": a verb and a name, nothing more
    lead = rf"^(?:(?:\w+ ){{0,2}}|(?:(?:{_LEAD_ALT})[\s,]+){{0,5}})"  # "could you possibly restart kafka"
    alone = rf"{lead}{verb} (?!{_COLUMN_NOUNS}\b)[a-z][\w\-]*[.!?]*$"
    one_kind = r"(?:pod|deployment|deploy|service|svc|ingress(?: controller)?|controller|job|cronjob|"
    one_kind += r"statefulset|daemonset|node|namespace|operator)"
    if verb in _ORDERS_ON_KINDS and rx.search(
        rf"{lead}{verb} (?!{_COLUMN_NOUNS}\b)(?:[a-z][\w\-]* ){{1,2}}{one_kind}[.!?]*$", text
    ):
        return True  # "restart nginx ingress", "restart the kafka statefulset"
    if verb in _ORDERS_ON_KINDS and rx.search(alone, text):
        return True  # "please restart kafka": a verb and a one-word name, nothing more
    alone_in = rf"{lead}{verb} (?!{_COLUMN_NOUNS}\b)[a-z][\w\-]* (?:in|-n|on) [\w\-]+[.!?]*$"
    if verb in _ORDERS_ON_KINDS and rx.search(alone_in, text):
        return True  # "restart cassandra in team-b": the same, in a namespace
    if verb in _ORDERS_ON_KINDS and rx.search(rf"\b{verb} [a-z0-9]+(?:-[a-z0-9]+)+ (?:on|as|via) \S", text):
        return True  # "expose checkout-api on port 80"
    port = rf"\b{verb} (?!{_COLUMN_NOUNS}\b)[a-z][\w\-]* (?:on|as|via) (?:port|\d)"
    if verb in _ORDERS_ON_KINDS and rx.search(port, text):
        return True  # "expose storefront on port 80"
    if rx.search(rf"{lead}{verb} (?!{_COLUMN_NOUNS}\b)(?:[\w\-']+ ){{1,3}}(?:if|unless|once)\b", text):
        return True  # "restart storefront if it's crashlooping": an order on a condition
    flows = r"(?:all )?(?:egress|ingress|traffic|access|connections?|requests?)\b"
    if verb in ("allow", "deny", "block") and rx.search(rf"{lead}{verb} {flows}", text):
        return True  # "deny egress from ml"
    quantity = r"\d+(?:\.\d+)?\s?(?:[kmgt]i|[kmgt]b|cores?|cpus?|millicores?)\b"
    if rx.search(rf"\b{verb} (?!{_COLUMN_NOUNS}\b)(?:\S+ ){{0,4}}{quantity}", text):
        return True  # "set memory limit 2Gi on payments-api"
    if verb == "run" and rx.search(r"^(?:\w+ ){0,2}run [a-z][\w\-]* (?:in|on) [\w\-]+[.!?]*$", text):
        return True  # "run nginx in payments": kubectl run
    if verb == "mark" and rx.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", nxt):
        return True  # "mark worker-3 unschedulable"
    return nxt in _DETERMINERS or "/" in nxt or assigns or bool(rx.search(r"\bto \d", text))
