"""Follow-ups: the previous turn's SQL edited with sqlglot (counted, regrouped, reordered, narrowed
to another namespace or node) rather than the question read afresh."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import sqlglot

from kubequery.translate import lexicon as lx
from kubequery.translate import negation, rx, slots
from kubequery.translate.joins import REFERENCES, Reference, absent, listing, present, qualify, relation
from kubequery.translate.parsing import (
    ALL_NAMESPACES,
    NUMW,
    UNITW,
    VOCAB,
    Parse,
    columns_of,
    interval,
    is_dimension,
    normalise,
    number,
    quote,
)
from kubequery.translate.refuse import ASKED_AGAIN, SHARE_ASKED, THRESHOLD_MOVED, Declined
from kubequery.translate.shape import DIMS, TOP_EVENTS, scale_shown, unit_of
from kubequery.translate.windows import asked_time, read_window

if TYPE_CHECKING:
    from kubequery.catalog import Catalog
    from kubequery.translate.offline import OfflineTranslator


# follow-ups said as others the readers before the edit know, read before anything else: "what's running on
# that box?" as "… on them", "pod count on each of those nodes?" as "how many pods on each?"
_RESTATED = (
    (r"^(.*\b(?:on|in)) (?:that|this|the|those|these) (?:box|boxes|machines?|hosts?|vms?)$", r"\1 them"),
    # "only the quay.io ones" after images: those from that registry
    (r"^(?:and )?(?:only|just) (?:the )?([a-z0-9\-]+\.[a-z0-9.\-]+) (?:ones|images)$",
     r"only the ones from \1"),
    (r"^(?:and )?(?:the )?(pod|container) counts? (?:on|for|of|per) "
     r"(?:each(?: one| nodes?)?|each of (?:those|them|these)(?: nodes)?|those nodes|them)$",
     r"how many \1s on each"),
    (r"^(?:and )?(?:which|what) node (?:hosts|holds|has|carries) the most (?:of (?:them|those|these)|pods)$",
     "which node runs the most of them"),
    # "only those with 0 pods ready" after workloads: none of their replicas ready
    # ("only the 0 ready ones", "just those with zero ready")
    (r"^(?:and )?(?:only|just) (?:the )?(?:ones |those )?(?:(?:(?:with|having) )?(?:0|zero|no|none|nothing)|"
     r"without any) (?:(?:pods?|replicas?) )?ready(?: ones| pods| replicas)?$",
     "only those with no ready replicas",
     r"\bfrom (?:deployments|statefulsets|replicasets)\b"),
    # "which 3 of those happened most often?" after events: the 3 that repeated most
    (r"^(?:and )?(?:which |the )?(\d+|two|three|four|five|ten)(?: of (?:those|them|these))? (?:ones )?"
     r"(?:(?:happened|fired|occurred|repeated|recurred)(?: the)? most(?: often)?|"
     r"most (?:frequent|repeated))$",
     r"top \1 by count", r"\bfrom events\b"),
    # "+ node zone" (said "add node zone"): the zone of each one's node
    (r"^(?:add|and|with|plus|show) (?:the |their |its )?node(?:'s|s)? "
     r"(zones?|regions?|instance types?|status)$",
     r"and their node's \1"),
    # "same deploy in staging": the same question asked of that namespace
    (r"^(?:the )?same (?:deploy|deployment|statefulset|sts|daemonset|ds|job|cron ?job|service|svc|one|pods?)"
     r" (in|for) ([a-z0-9][a-z0-9\-]*)$", r"same thing \1 \2"),
    # "warnings only from those": the warnings among them
    (r"^(?:and )?(?:the )?warnings only(?: from| of| among| in)? (?:those|them|these)$", "only the warnings"),
    # "tack on the node they run on": a column added
    (r"^(?:and |now |pls |please )?(?:tack|stick|throw|slap|bolt) on (.+)$", r"add \1"),
)


def restated(text: str, previous_sql: str = "") -> str:
    """A follow-up said as another the readers know (see `_RESTATED`; a third item is what the previous
    SQL must say for it to apply), or as it was."""
    fuller = _said_fuller(_RESTATED, text, previous_sql)
    return text if fuller is None else fuller + "?"


def _said_fuller(table: tuple, text: str, previous_sql: str) -> str | None:
    """The first entry of `table` (pattern, fuller form, what the previous SQL must say…) that `text` says
    whole, expanded; None when none does."""
    said = text.strip(" ?.!")
    for pattern, fuller, *needs in table:
        m = rx.fullmatch(pattern, said)
        if m and all(rx.search(need, previous_sql.lower()) for need in needs):
            return m.expand(fuller)
    return None


# terse follow-ups said as their fuller forms: "oldest?" as "the oldest one?", "cordoned ones?" as "which
# are cordoned?", "count the running ones" as "how many of them are running?", "but not kube-system" as
# "excluding kube-system"
_TERSE = (
    # "what's still running on it?", "running po on that node?": the same as without "still", of those nodes
    (r"^((?:and )?(?:what'?s|what is|what are|anything|is anything)) still\b(.*)$", r"\1\2"),
    (r"^(.*\b(?:pods?|po)\b.*\b(?:on|in)) (?:that|this) node$", r"\1 those nodes"),
    # "total GiB they request?", "how many GiB does each one ask for?" after claims: their storage in it
    (r"^(?:and )?(?:the )?total (gib|gi|gb|mib|mi|mb|tib|ti|tb) (?:do |that )?(?:they|those|these) "
     r"(?:request|ask for|want|claim)$", r"total storage they request in \1"),
    (r"^(?:and )?how many (gib|gi|gb|mib|mi|mb|tib|ti|tb) (?:does|do) (?:each(?: one)?|they|those) "
     r"(?:ask for|request|want|claim)$", r"how much storage does each one ask for in \1"),
    # "their FailedScheduling msgs", "why? show the scheduler message for each": those events of them
    (r"^(?:and )?(?:their|the|show(?: me)?(?: the| their)?) ("
     + "|".join(r.lower() for r in lx.EVENT_REASONS)
     + r") (?:msgs?|messages?)(?: for (?:each(?: one)?|them|those))?$", r"and their \1 events"),
    # "which pod did it create?", "which pods did those jobs run?" after jobs: the pods they made
    (r"^(?:and )?(?:which|what) pods? did (?:it|that|they|those|these|each(?: one)?)(?: jobs?)? "
     r"(create|spawn|start|make|run)$", r"which pods did they \1"),
    # "which run failed, and the failure reason?" after jobs: which of them failed, and why
    (r"^(?:and )?which (?:runs?|ones?|jobs?)(?: of (?:them|those))? failed\s*,?\s*(?:and )?"
     r"(?:the |their |its )?(?:failure )?(?:reasons?|why)$", "which of those failed, and why"),
    # "only the ones where nothing is ready yet": none of their replicas ready
    (r"^(?:and )?(?:only|just) (?:the ones|those|ones) (?:where|with) nothing (?:is )?(ready|available)"
     r"(?: yet)?$", r"only those with no \1 replicas"),
    # "why did each one last terminate?" after containers: their last termination's reason
    (r"^(?:and )?why did (?:each(?: one)?|they|those|these|it) (?:last )?"
     r"(?:terminate|exit|die|stop|get killed)$",
     "and their last termination reason"),
    # "which ones have nothing ready?": none of their replicas ready
    (r"^(?:and )?(which ones?|which of (?:them|those)) (?:have|has) (?:nothing|none|zero|0) "
     r"(?:ready|available)$",
     r"\1 have no ready replicas"),
    # "what about the statefulsets there?": the same place, said again ("other namespaces too" keeps its too)
    (r"^(?!.*\bother\b)((?:and )?(?:what|how) about (?:the )?[a-z ]+?)\s+"
     r"(?:there|in there|in that (?:namespace|ns)|too)$",
     r"\1"),
    # "which one's the biggest?", "what's the largest?": which one is
    (r"^(?:and )?(?:which|what) ?one's (.+)$", r"which one is \1"),  # (not "which ones are …")
    (r"^(?:and )?what'?s the (biggest|largest|smallest|oldest|newest|youngest|highest|lowest|most|least|top)"
     r"\b(.*)$",
     r"which one is the \1\2"),
    # "do team-a too": the same question asked of that
    (r"^(?:now |and |ok,? )?do (?:the )?([a-z0-9][a-z0-9\-]*)(?: (?:namespace|ns))?(?: too| as well|"
     r" also)?$",
     r"what about \1"),
    # "why are they crashing?": why, as "why?" asks of the rows before
    (r"^(?:and |so |ok,? )?why (?:are|is|were|was|did|do) (?:they|those|these|it|"
     r"them) (?:keep )?(?:crashing|crash|failing|fail|failed|crashlooping|down|broken|restarting|"
     r"not ready|dying)$",
     "why"),
    # "what are they requesting?": the cpu and memory each one asks for
    (r"^(?:and |so )?(?:what|how much) (?:are|is|do|does) (?:they|those|these|it|each(?: one)?) "
     r"(?:requesting|request|asking for|ask for|reserving|reserve)$",
     "with their cpu and memory requests"),
    # "list them by age", "show those by restarts": sorted by it
    (r"^(?:list|show|sort|order|rank) (?:them|those|these) by (.+)$", r"sort by \1"),
    # "when did each one start?", "what time did each of those kick off?": when they did
    (r"^(?:(?:ok|and|so),? )*(?:when|what time) did (?:each one|each of (?:those|these)|those|these|"
     r"each) (?:start|kick off|begin)$",
     "when did they start"),
    (r"^(?:(?:ok|and|so),? )*(?:when|what time) did (?:each one|each of (?:those|these)|those|these|"
     r"each) (finish|complete|end|run)$",
     r"when did they \1"),
    # "start times?", "completion times?": when they started
    (r"^(?:and )?(?:their )?(start|completion|finish|end|creation) times?$", r"\1 time of each of them"),
    # "warnings only", "the failed ones only": the narrowing said last
    (r"^(?:and |but )?(?:the )?([a-z][\w\- ]*?) only$", r"only \1"),
    # "keep only headless services": the narrowing said as keeping
    (r"^keep (?:only|just) (?:the )?(.+)$", r"only \1"),
    # "which storage class?" after pvcs: the one each of them uses, not every storage class
    (r"^(?:and )?(?:which|what) (storage ?class(?:es)?|sc|images?|zones?|service ?accounts?|"
     r"priority ?class(?:es)?)$",
     r"what \1 do they use"),
    # "can you rank those by how often they restarted?": by their restarts (a count, not a restart to do)
    (r"^(.*\bby) how (?:often|many times) (?:they|each(?: one)?|it) (?:restarted|restarts?|has restarted|"
     r"have restarted)$",
     r"\1 restarts"),
    # "count the pods on each of those nodes", "how many pods does each one run?": per listed node
    (r"^(?:count|tally|number of) (?:the )?pods (?:on|in|of) each of (?:those|these|them|the ones)"
     r"(?: nodes| namespaces)?$|^how many pods (?:does|do) each(?: one| of them)? (?:run|have|hold|host)$",
     "how many pods on each of them"),
    # "ok, and how many nodes is that in total?": the rows before, counted
    (r"^(?:and )?how many(?: (?!replicas|restarts|cores|bytes|gib|containers)\w+)? (?:is|are) (?:that|"
     r"those|these|they)(?: in total| altogether| overall| all together)?$",
     "how many are there"),
    # "how many pods does it host?" after nodes: the pods on them, counted
    (r"^(?:and )?how many (pods|po) (?:does|do) (?:it|that(?: one| node)?|they|those|these|them) (?:host|"
     r"have|run|hold|carry)$",
     r"how many \1 are on them"),
    # "whats the reason for each?": why, as "why?" asks of the rows before
    (r"^(?:and )?(?:what(?:'?s| is| was)) the reasons? for (?:each(?: one)?|them|those|these|it)$", "why"),
    # "what about -n staging": the same question asked of that namespace, said as kubectl's flag
    (r"^(?:and )?(?:what|how) about (?:-n|--namespace) ([a-z0-9][a-z0-9\-]*)$", r"what about \1"),
    # "leave the kube-system ones out": those left out
    (r"^(?:and |now )?leave (?:the )?([a-z0-9][a-z0-9\-]*) (?:ones |pods |namespace |ns )?out$",
     r"leave out \1"),
    # "limit 5", "head 5": the first rows of the answer before
    (r"^(?:and |now )?(?:limit|head)(?: to)? -?(\d+)$", r"only the first \1"),
    # "and how many warnings are in that list?": the rows before, counted
    (r"^(?:and )?how many(?: \w+)? (?:are|is) (?:in|on) (?:that|the|this) (?:list|table|answer|result)$",
     "how many are there"),
    # "with node and status": those columns beside (not the nodes themselves)
    (r"^(?:and )?with (?!their\b|its\b|the\b|no\b|label)(\w+(?:(?:,? and |, | & )\w+)+)$", r"with their \1"),
    # "how many times did each one fail?", "and their failure counts?" after jobs: their failed pods
    (r"^(?:and )?(?:how many times|how often) did (?:each(?: one)?|they|it) fail$|^(?:and )?(?:their|its) "
     r"failure counts?$", "with failures"),
    # "same but give me 5": the top that many
    (r"^(?:the )?same(?: thing)?,? but (?:give me |show me |show |just )?(?:the )?(?:top )?(\d+)$",
     r"top \1 instead"),
    # "warnings for those": their warning events
    (r"^(?:and )?(?:the |any )?warnings? (?:for|of|on|about) (?:those|them|these)$", "their warning events"),
    # "what about only team-a?": the same question asked of that
    (r"^(?:and )?(?:what|how) about (?:only|just) (?:in )?([a-z0-9][a-z0-9\-]*)$", r"what about \1"),
    # "switch to checkout", "same but -n payments": the same question asked of that
    (r"^(?:ok,? |now |and )?(?:switch|change|flip|move) (?:it |that )?(?:over )?to ([a-z0-9][a-z0-9\-]*)$",
     r"what about \1"),
    (r"^(?:the )?same (?:but|for|in|with) (?:-n |--namespace |ns |namespace )?([a-z0-9][a-z0-9\-]*)$",
     r"what about \1"),
    # "what made them fail?": why they did
    (r"^(?:and )?what (?:made|caused|got) (?:them|those|these|it|each(?: one)?) (?:to )?(fail|crash|break)$",
     r"why did they \1"),
    # "add how much each is requesting", "how much is each requesting": their requests
    (r"^(?:(?:add|include|show|plus) )?how much (?:each(?: one)?|they) (?:is|are) (?:requesting|"
     r"asking for)$|^how much (?:is|are) (?:each(?: one)?|they) (?:requesting|asking for)$",
     "with their requests"),
    # "ml instead", "deployments instead?": the same question asked of that
    (r"^(?:ok,? |and |now |so )?(?:in |for )?([a-z0-9][a-z0-9\-]*) instead$", r"what about \1"),
    # "events for those two?": their events, "those" said with how many there are
    (r"^(?:and )?(?:the )?events (?:for|of|on|about) (?:those|these|them|the) (?:two|three|four|five|\d+)$",
     r"events for them"),
    # "keep warnings only", "keep the 3 with the most restarts": the narrowing or the top said as keeping
    (r"^keep (?:only )?(?:the )?(.+?) only$", r"only \1"),
    (r"^keep (?:only |just )?(?:the )?(\d+|one|two|three|four|five) (with|that have|having) (.+)$",
     r"the \1 \2 \3"),
    # "what do they look like in team-a": the same question asked of that namespace
    (r"^(?:and )?(?:what|how) (?:do|does) (?:they|those|these|it|that) look(?: like)? (?:in|on|for) "
     r"([a-z0-9][a-z0-9\-]*)$", r"what about \1"),
    # "which of those restarted the most times?": the one that did
    (r"^(?:and )?which of (?:those|them|these) (.+?) the most(?: times)?$", r"which one \1 the most"),
    # "namespace breakdown w/ counts": how many per namespace
    (r"^(?:and )?(?:a |the )?(namespace|ns|node|status|phase|zone) (?:breakdown|split)"
     r"(?: (?:w/|with) counts?)?$",
     r"how many per \1"),
    # "checkout now", "run that for checkout instead": the same question asked of that
    (r"^(?:ok,? |and |so )?(?:in |for )?([a-z0-9][a-z0-9\-]*) now$", r"what about \1"),
    # "what's the pod count there?", "how many deployments does that come to?": the rows before, counted
    (r"^(?:and |so |ok,? )?what'?s the (?:\w+ )?count (?:there|of (?:those|them|these)|"
     r"for (?:those|them|these))$", "how many are there"),
    (r"^(?:and |so |ok,? )?how many (?:\w+ )?(?:does|do) (?:that|those|these|this) "
     r"(?:come to|add up to|make)$", "how many are there"),
    # "restart count for each?", "tack on restart counts", "how often they've restarted": their restarts shown
    (r"^(?:and |the )?restarts? counts? (?:for|of) (?:each(?: one)?|them|those|these)$",
     "with their restarts"),
    (r"^(?:and |now |pls |please )?(?:(?:tack|stick|throw|slap|bolt) on|add) (?:the |their )?"
     r"restart counts?$",
     "with their restarts"),
    (r"^(?:and |now )?(?:show(?: me)? )?how (?:often|many times) (?:they'?ve|theyve|they have|each has|"
     r"each one has) restarted$", "with their restarts"),
    # "ok and over in staging?", "now -n bookinfo": the same question asked of that namespace
    (r"^(?:ok,? |and |so |now |then )*(?:over in|-n|--namespace) "
     r"(?!(?:gib|gi|gb|mib|mi|mb|tib|ti|kib|ki|bytes|cores?|millicores|m|percent|total|all)\b)([a-z0-9][a-z0-9\-]*)$",
     r"what about \1"),
    # "where are those scheduled?", "were are they running?": the nodes they are on
    (r"^(?:and )?wh?ere (?:are|r|is) (?:they|those|these|them|it) "
     r"(?:scheduled|running|placed|landing|sitting)$",
     "what nodes are they on"),
    (rf"^{ASKED_AGAIN}$", r"what about \1"),
    # "everything except ml": the previous answer without that namespace
    (r"^(?:everything|all|the rest|all of them|all the others) (?:except|but|other than|besides|excluding) "
     r"(?:in )?([a-z0-9][a-z0-9\-]*)$", r"excluding \1"),
    # "nodes?" after a list of pods: the node of each
    (r"^(?:and )?(nodes|zones|images)$", r"with their \1"),
    # "which nodes are those on?": each one's node, beside what was shown
    (r"^(?:and )?(?:which|what) (nodes?|zones?) (?:are|is) "
     r"(?:they|those|these|them|it|those pods|these pods) "
     r"(?:running |scheduled |sitting )?(?:on|in)$", r"and their \1"),
    # "same thing but -A": the previous question across every namespace
    (r"^(?:the )?same(?: thing| query| check| question)?(?: but)?,? (?:for |in |across )?"
     r"(?:-a|--all-namespaces|all (?:the )?namespaces|every namespace|cluster-?wide|everywhere)$",
     r"across all namespaces"),
    # "any pending?" after a list: which of those are in that state
    (r"^any (pending|running|failed|bound|ready|not ready|unready|crashlooping|completed|evicted|lost|"
     r"released)$", r"which are \1"),
    (r"^(?:but |and )?not (?:in )?([a-z0-9][a-z0-9\-]*(?:(?:,| or| and| nor) [a-z0-9][a-z0-9\-]*)+)$",
     r"excluding \1"),
    (r"^but not (?:in )?([a-z0-9][a-z0-9\-]*)$", r"excluding \1"),
    (r"^(?:the )?(longest|shortest)(?: one)?$", r"which one ran the \1"),
    (r"^(?:the )?(oldest|newest|youngest|biggest|largest|smallest)(?: one)?$", r"the \1 one"),
    (r"^which(?: one)? (?:is|has) (?:the )?(?:highest|most|largest|biggest|top)$", r"which has the most"),
    (r"^((?:but )?not )?on (?:the )?node ([a-z0-9][a-z0-9\-.]*)$", r"\1on \2"),
    (r"^which (ran|took) the (longest|shortest)$", r"which one \1 the \2"),
    (r"^(?:count|number of) the (?!(?:which|what|other|same|remaining)\b)([a-z]+) ones$",
     r"how many of them are \1"),
    (r"^(?:the )?(?!(?:which|what|those|these|other|same|remaining|new|old|big|small|first|last|top)\b)"
     r"([a-z]+) ones$", r"which are \1"),
    (r"^(?:the )?(?:highest|max|maximum|largest|biggest) restart counts?$", r"max restarts"),
    (r"^(?:and |with |show |include |add |plus )(?:their |the )?"
     r"(storage ?class|instance type|zone|node|image)(?:es|s)?$",
     r"with their \1"),
    # "with pod ip": the pods' own ip, said with their kind
    (r"^(?:and |plus )?(?:with|show|add|include) (?:the |their )?"
     r"(?:pod|pods|node|nodes|deployment|deploy|container)(?:'s)? "
     r"(ips?|status|age|restarts|images?|labels|qos(?: class)?)$",
     r"with their \1"),
    (r"^(?:and )?(?:any|which(?: ones)?|the ones)(?: with| have| that have)? missing replicas$",
     r"which are not fully ready"),
    (r"^\+\s*(?:their |the )?([a-z][\w .\-]*?)(?: too| also)?$", r"and their \1"),  # "+ cpu request"
    (r"^(?:show |add |include )(?:their |the )?([a-z][\w.\-]*) labels?(?: too| as well| also)?$",
     r"and their \1 label"),  # "show their app label too"
    # "ok show me those pods" after a count: which ones; "filter to warnings only"; "add the STATUS column"
    (r"^(?:ok,? |okay,? |so )?(?:show|list|give)(?: me)? (?:those|these|them|the) (?:pods|ones|deployments|"
     r"nodes|services|jobs|pvcs)$", r"which ones"),
    (r"^(?:filter|narrow|cut) (?:it |that |them |this )?(?:down )?to (?:the )?(warnings?|errors?|normal)"
     r"(?: ones)?(?: only)?$", r"only \1"),
    (r"^(?:add|show|include) (?:the |a |their )?([a-z][\w ]*?) columns?(?: too| as well| also)?$",
     r"with their \1"),
    # "which of those are in monitoring?": only there
    (r"^(?:and )?which of (?:those|them|these) (?:are|is|live|sit) in ([a-z0-9][\w\-]*)$", r"only \1"),
    # "same for -n team-b": the namespace said kubectl's way; "the one with the most restarts?": the top one
    (r"^(same(?: thing| query| check)?(?: but)?,? (?:for|in)) -n ([a-z0-9][\w\-]*)$", r"\1 \2"),
    (r"^(?:and )?the one with the (most|fewest|least) (restarts|replicas|pods)$", r"which one has the \1 \2"),
    # "which deployments do they belong to?", "what deploy owns each one?": each pod with its deployment
    (r"^(?:and )?(?:which|what) deploy\w* (?:(?:do|does) (?:they|those|these|each(?: one)?) belong to|"
     r"owns each(?: one| of them)?)$", r"show each one with its deployment"),
    (r"^(?:just|only) (?:the )?(namespaces|nodes)$", r"which \1"),  # "just the namespaces" they are in
    (r"^#\s*(?:of )?(those|them|these)$", r"how many of \1"),  # "# of those?"
    (r"^(?:and )?(?:which|what) (images|nodes|zones|ips|statuses|service accounts|storage classes)$",
     r"and their \1"),  # "which images?": those of the rows listed
    (r"^(?:and )?(?:are|is) (?:they|those|these|it) (ready)$", r"and their \1"),  # "are they ready?"
    (r"^(?:and )?how old are (?:those|these|the) [a-z]+$", "how old are they"),  # "how old are those jobs?"
    # "what storage class does each of them ask for?", "which image does each one run?": a column of each
    (r"^(?:and )?(?:what|which) ([a-z][a-z ]{2,30}?) (?:does|do) "
     r"(?:each(?: one)?(?: of them| of those)?|they|those|these) (?:ask for|use|request|run|have|get|mount)$",
     r"and their \1"),
    # "and how many aren't?", "and which aren't?": the rest, the filter that picked them negated
    (r"^(?:and )?(how many|which|what)(?: ones| of them)? (?:aren'?t|are not|don'?t|do not|isn'?t|is not)$",
     r"\1 of the rest"),
    # a node listed, its pods: "what pods are still on it?", "pods on that node?", "count the pods there"
    (r"^(?:and )?(?:what|which)? ?(?:pods|po) (?:are )?(?:still |now )?(?:on|running on|sitting on) "
     r"(?:it|that node|this node|them|there|those nodes)$", r"which pods are on those nodes"),
    (r"^(?:and )?(?:how many|count the|number of) (?:pods|po) (?:are )?(?:still )?"
     r"(?:sit |sitting |run |running )?(?:on it|on that node|there|on them|on those nodes)$",
     r"how many pods are on those nodes"),
    (r"^(?:and |but )?(?:the )?(oldest|newest|youngest|biggest|largest|smallest) (?:of|among) "
     r"(?:them|those|these)$", r"the \1 one"),
    (r"^(?:and |what about |how about )?(?:in total|overall|in all|across the cluster|cluster[- ]wide)$",
     r"and across all namespaces"),
    # "widen it to a day", "narrow it to 15 minutes": the window, changed
    (r"^(?:now |ok,? |and )?(?:widen|extend|expand|narrow|shrink|stretch|open|change)(?: it| that| this| the "
     r"(?:window|range|time ?frame))?(?: up| out| down)? to (?:the )?(?:last |past )?"
     r"((?:(?:a|an|one|\d+)\s*)?(?:s|m|h|d|w|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?|months?))$",
     r"what about the last \1"),
    (r"^(?:and )?(?:what|which) (?:state|status|phase)(?:es)? (?:are|is) (?:they|those|these|it) in$",
     r"and their status"),  # "what state are they in?"
    (r"^(?:and |now |but )?-l\s+(\S+)$", r"with label \1"),  # "-l app=storefront": kubectl's selector
    (r"^(?:any |the )?(?:maxed|max(?:ed)?)[ -]out(?: ones)?$", r"which are at max"),  # autoscalers at max
    (r"^(?:and )?(?:count (?:em|'em|them|those|these)|how many (?:are there|is that)|"
     r"(?:the )?(?:tally|total count|headcount)(?: of (?:them|those|these))?|"
     r"(?:tot|total|tally) (?:them|those|these|em) up)$",
     r"how many of them"),
    # "how many replicas is that in total?": that amount added up
    (r"^(?:and )?how many ((?:\w+ )?(?:replicas|restarts|cores|cpus?|gpus?|gib|gb|mib|mb)) (?:is|are) "
     r"(?:that|those|they)(?: in total| altogether| in all)?$",
     r"how many \1 in total"),
    (r"^(?:and )?any (?:that are |of them )?(?:not|non)[ -]?([a-z]+)$", r"which of them are not \1"),
    (r"^(?:and )?how (?:big|large) are (?:they|those|these|them),? in ([a-z]+)$", r"and their size in \1"),
    (r"^(?:and )?how (?:big|large) are (?:they|those|these|them)$", r"and their size"),
    # "just the worst three": the three worst
    (r"^(?:and |so )?(just |only )?(?:the )?(worst|best|biggest|largest|smallest|oldest|newest|highest|"
     r"lowest) (\d+|two|three|four|five|six|seven|eight|nine|ten)$", r"\1the \3 \2"),
    # "now just in payments": the narrowing alone
    (r"^(?:ok,? |so )?now,? ((?:just|only) .+)$", r"\1"),
    # "top 3 of those by memory": the top 3 of the rows listed
    (r"^(?:and )?(?:the )?(top|bottom|first|last) (\d+|[a-z]+) (?:of|among) (?:those|them|these|the list) "
     r"(by .+)$", r"\1 \2 \3"),
    # "which 5 are the newest?": the newest 5
    (r"^(?:and )?(?:which|what) (\d+|[a-z]+) (?:are|is) (?:the )?(newest|oldest|youngest|biggest|largest|"
     r"smallest)$", r"the \2 \1"),
    # "biggest memory request among those?": the one of them with the most
    (r"^(?:and )?(?:the |which has the )?(biggest|largest|highest|most|smallest|lowest|least) "
     r"([a-z][a-z ]*?) (?:among|of|in|out of) (?:those|them|these|the list)$", r"which has the \1 \2"),
    # "why are they pending?", "why? show what the scheduler says": the scheduler's events about them
    (r"^(?:and )?(?:why(?: are| is)? (?:they|those|these|them|it)(?: still)? "
     r"(?:pending|unscheduled|not scheduled|stuck(?: pending)?)|"
     r"why\W+(?:show |what'?s |what does )?(?:what )?the scheduler(?:'?s)? "
     r"(?:says?|said|thinks|msgs?|messages?|events?|reasons?)|"
     r"what'?s? (?:is )?(?:stopping|keeping|blocking|preventing) (?:them|those|these|it) (?:from )?"
     r"(?:being )?schedul(?:ing|ed)|"
     r"(?:what does|what did) the scheduler say(?: about (?:them|those|it))?|"
     r"failedscheduling (?:messages?|events?|ev)(?: for| of| about) (?:them|those|these|it))$",
     r"their failedscheduling events"),
    # "what's running on it?", "pods on that one", "pod count on that node?": after nodes listed
    (r"^(?:and )?(?:what'?s|what is|what are|which pods are) (?:running |scheduled )?on (?:it|that one|them|"
     r"those|that node|those nodes)$", r"which pods are on those nodes"),
    (r"^(?:and )?(?:the )?(?:pods|po) on (?:that one|those ones|that one there)$",
     r"which pods are on those nodes"),
    (r"^(?:and )?(?:the )?(?:pod count|pods count|number of pods|# of pods|count of pods) (?:on|for|of) "
     r"(?:it|that node|that one|them|those nodes|those)$", r"how many pods are on those nodes"),
    # "sort them alphabetically": by name
    (r"^(?:and )?(?:sort|order)(?: them| those| it| the list)? (?:alphabetically|a-z|a to z|by name)$",
     r"sort by name"),
    # "nodes for those?": the node each one is on, as "and their nodes?"
    (r"^(?:and )?(?:the )?(nodes?|zones?|images?|ips?|statuses) (?:for|of) (?:those|them|these|each)$",
     r"and their \1"),
    # "which 3 have the most?" (after a count per group): its top 3; "... the most pods?": the same count
    (r"^(?:and )?(?:which|what) (\d+|two|three|four|five|six|seven|eight|nine|ten) "
     r"(?:of (?:them|those) |namespaces |ns |nodes |zones |reasons |images |deployments |deploys )?"
     r"(?:have|has|had) (?:the )?most(?: pods| po| containers| events| warnings)?$", r"top \1"),
    # "which 3 have the most restarts?", "which 3 restart the most?": the top 3 of them by it
    (r"^(?:and )?(?:which|what) (\d+|two|three|four|five|six|seven|eight|nine|ten) (?:of (?:them|those) )?"
     r"(?:have|has|had|with) (?:the )?most ([a-z_ ]+?)$", r"top \1 by \2"),
    (r"^(?:and )?(?:which|what) (\d+|two|three|four|five|six|seven|eight|nine|ten) (?:of (?:them|those) )?"
     r"(?:restart(?:s|ed)?|have restarted|has restarted) (?:the )?most$", r"top \1 by restarts"),
    # "ok >10 then": the threshold changed
    (r"^(?:ok,? |so |and |then )?>\s*(\d+)(?: then)?$", r"what about more than \1"),
    (r"^(?:ok,? |so |and |then )?<\s*(\d+)(?: then)?$", r"what about less than \1"),
    # "and the desired count for each": each one's desired replicas, not how many there are
    (r"^(?:and |with |plus |\+ ?)?(?:the |their |its )?(desired|ready|available|current|updated) "
     r"(?:replica )?counts?(?: for each| of each| each| too| as well)?$", r"and their \1 replicas"),
    (r"^(?:and |with |plus |\+ ?)?(?:the |their |its )?replica counts?"
     r"(?: for each| of each| each| too| as well)?$",
     r"and their replicas"),
    # "how many services is that in total": how many of them (not across every namespace)
    (r"^how many (?:\w+ )?(?:is|are) (?:that|those|there|these) in total$", r"how many of them"),
    # "only the ones with 0 ready", "the not ready ones?", "just the one in staging", "show the pv for each"
    (r"^(?:only |just )?(?:the ones )?with (?:0|zero|no) ready(?: replicas)?$",
     r"which of them have 0 ready replicas"),
    (r"^(?:and )?(?:the |only the |just the )?(?:not|non)[ -]?ready ones$", r"which are not ready"),
    (r"^(?:just|only) the (?:one|ones) (?:in|from) ([a-z0-9][\w\-]*)$", r"only the ones in \1"),
    (r"^(?:show |list )?(?:the )?(?:pvs?|volumes?|persistent volumes?) (?:for|of) each(?: one)?$",
     r"and their volume"),
    # "what do the scheduler events say for them?": their FailedScheduling events
    (r"^(?:and )?(?:what do |show )?(?:the )?scheduler (?:events|messages|msgs) (?:say )?(?:for|about|of) "
     r"(?:them|those|these|it)$", r"their failedscheduling events"),
    # "filter to node worker-4": the ones on it
    (r"^(?:filter|narrow|limit|restrict)(?: it| them| that| those| this)? (?:down )?(?:to|by|on) "
     r"(?:the )?node "
     r"([a-z0-9][\w\-.]*)$", r"only the ones on \1"),
    # "which one has been pending the longest?": the oldest of them
    (r"^which (?:one|ones?) (?:has|have) been (?:pending|stuck|waiting|there|around) (?:the )?longest$",
     r"the oldest one"),
    # "# Completed?": how many of them are
    (r"^#\s*(?:of\s+)?(?!(?:those|them|these)$)([a-z]+)$", r"how many of them are \1"),
    # "and their PVs?" after claims: the volume each is bound to
    (r"^(?:and )?(?:their|the) (?:pvs?|persistent ?volumes?)$", r"and their volume"),
    # "last heartbeat?": that column of the rows listed
    (r"^(?:and )?(?:their |the )?(last heartbeats?)$", r"with their \1"),
    # "any w/o endpoints?": those of them with none
    (r"^(?:and )?(?:any|which(?: ones)?|the ones)(?: of them| of those)? (?:w/o|without|with no) endpoints$",
     r"which of them have no endpoints"),
    # "and the reason for each?": each one's reason, as "with the reason" asks
    (r"^(?:and )?(?:the |their )?(reasons?|messages?|causes?) (?:for|of) "
     r"(?:each(?: one)?|them|those|these|it)$", r"with the \1"),
    # "how many times have they restarted?": their restarts, not how many of them
    (r"^(?:and )?how (?:many times|often) (?:have|did|do|has) (?:they|those|these|it|them) restart(?:ed)?$",
     r"with their restarts"),
)


# follow-ups that narrow the rows and add a column at once, read as the previous question said with them
_APPENDED = (
    (r"^(?:and )?(?:which|what|the ones)(?: of (?:them|those|these))?(?: w/| with| that)? (?:have |has )?"
     r"restart(?:ed|s),? (?:\+ ?(?:the )?count|and how many times|with (?:the |their )?(?:restart )?counts?|"
     r"and (?:their |the )?(?:restart )?counts?)$", "that have restarted, with restart counts"),
    # "only the ones owned by fraud-detector": the previous question's objects, of that owner
    (r"^(?:and |but )?(?:only|just) (?:the ones|those|these|them|ones) "
     r"(owned by|belonging to|managed by|controlled by|created by) (?:the )?"
     r"([a-z0-9][\w\-]*(?: (?:deployment|deploy|statefulset|sts|daemonset|ds|job|cronjob|cj))?)$",
     r"\1 \2"),
    # "which have fewer ready replicas than desired?": the previous objects compared the same way
    (r"^(?:and )?(?:which|what)(?: ones| of (?:them|those|these))? (have|has) (fewer|more|less) "
     r"(.+? than .+)$", r"which \1 \2 \3"),
    # "which have fewer ready replicas than desired?" (read as "which not fully ready"): those not fully ready
    # (a workload's: a node or pod that is not ready has no replicas to count)
    (r"^(?:and )?which(?: ones| of (?:them|those|these))?(?: are| is)? not (?:fully )?ready$",
     "that are not fully ready", r"\bfrom (?:deployments|statefulsets|replicasets|daemonsets)\b"),
    # "how many pods does each have?" after deployments: each one's pods counted
    (r"^(?:and |so )?(?:how many pods (?:does|do) (?:each(?: one)?|they|it) (?:have|run|host)|"
     r"how many pods (?:are )?(?:in|on|under) each(?: one)?|"
     r"(?:the |their )?pod counts? (?:for|of) (?:each|them|those)(?: one)?|"
     r"(?:with|and|add|\+) (?:their|its|the) pod counts?)$",
     "and how many pods each has",
     r"\bfrom (?:deployments|statefulsets|replicasets|daemonsets|jobs)\b(?! \w+ join)"),
    # (said so by then: "how many pods does each have" reads as a job's active pods)
    (r"^and their active pods$", "and how many pods each has",
     r"\bfrom (?:deployments|statefulsets|replicasets|daemonsets)\b(?! \w+ join)"),
)


def appended(text: str, previous_sql: str = "") -> str | None:
    """What a follow-up adds to the previous question when it narrows and shows at once ("which of them have
    restarted, and how many times?"), or None. An entry's third part, when it has one, is what the previous
    SQL must say for it to apply."""
    return _said_fuller(_APPENDED, text, previous_sql)


# "how many of those are there in total?", "just give me the number of them": the rows before, counted;
# a count said with nothing but these words around it asks nothing else
_COUNT_SAID = r"\b(?:how many|count|number|total|tally)\b|#"
_ONLY_COUNTING = frozenset(
    "and so ok okay now then just only please pls give me tell what whats is are was were there of the "  # noqa: SIM905
    "those them these they that this it in total all altogether overall together number count how many "
    "rows results entries items ones lines do does we i have got get a an".split()
)


def _only_counts(text: str) -> bool:
    """Whether a follow-up asks only how many rows the answer before had."""
    words = rx.findall(r"[a-z]+", text.lower().replace("what's", "what is"))
    return bool(words) and bool(rx.search(_COUNT_SAID, text.lower())) and set(words) <= _ONLY_COUNTING


def _terse(text: str) -> str:
    # "cool, how big are they in GiB?": the acknowledgement before the follow-up says nothing
    thanks = r"^(?:cool|nice|great|thanks|thank you|ok|okay|alright|got it|perfect|awesome)[,!.]?\s+"
    said = rx.sub(thanks, "", text.strip(" ?.!"))
    for pattern, fuller in _TERSE:
        if rx.fullmatch(pattern, said):
            return rx.sub(pattern, fuller, said) + "?"
    return text


def _of_the_one_picked(tr: OfflineTranslator, text: str, prev: str | None) -> str | None:
    """ "which node runs the most pods?" … "what's its status?", "is that node healthy?": the one node (or
    namespace) the previous answer picked, asked about by its own columns."""
    from sqlglot import exp

    about = rx.search(r"\b(?:its|it|that (node|namespace|ns)|this (node|namespace|ns))\b", text)
    asks = rx.match(r"(?:and |so )?(?:what|which|is|how|when|where|show|give)\b", text)
    if about is None or not asks or rx.search(r"\b(?:sort|order|rank|top|per|group)\b", text):
        return None
    tree = _tree(prev)
    if tree is None:
        return None
    limit = tree.args.get("limit")
    group = tree.args.get("group")
    if limit is None or limit.expression.sql() != "1" or group is None or len(group.expressions) != 1:
        return None
    key = group.expressions[0]
    kind = {"node": "nodes", "namespace": "namespaces"}.get(key.name if isinstance(key, exp.Column) else "")
    said = about.group(1) or about.group(2)
    if kind is None or (said and {"ns": "namespaces"}.get(said, said + "s") != kind):
        return None
    table = tr.catalog[kind]
    asked = list(dict.fromkeys(m.column for m in slots.find_columns(text, table) if m.column != "name"))
    if not asked and kind == "nodes" and rx.search(r"\b(?:healthy|ok|okay|fine|up|ready)\b", text):
        asked = ["status"]  # "is that node healthy?"
    if not asked:
        return None
    one = f"SELECT {key.sql(dialect='duckdb')} FROM ({prev}) AS picked"
    return f"SELECT {', '.join(asked)} FROM {kind} WHERE name IN ({one})"


def edit(tr: OfflineTranslator, text: str, turn: Any, current: str | None) -> str | None:
    """The previous turn's SQL edited as `text` asks, or None when `text` is a question of its own (or
    asks counted groups for a column none of them holds: "count pods per node" … "sort by age")."""
    edited = _edited(tr, text, turn, current)
    if edited is None or not _groups_hold(edited):
        return None
    return _group_unfixed(edited)


def _each_value_counted(text: str, tree: Any) -> str | None:
    """After the distinct values of one column ("images used in checkout"), "how many containers run each
    one?" counts the rows holding each value."""
    if not isinstance(tree, sqlglot.exp.Select) or not tree.args.get("distinct"):
        return None
    if len(tree.expressions) != 1:
        return None
    column = tree.expressions[0]
    if not isinstance(column, sqlglot.exp.Column) or tree.args.get("joins") or tree.args.get("group"):
        return None
    each = r"(?:each(?: one| of them| of those)?|it|them|those|per (?:\w+))"
    if not rx.fullmatch(rf"(?:and )?(?:how many \w+ (?:run|use|have|are using|are running|hold|carry) {each}|"
                        rf"count (?:for |per )?(?:each(?: one)?|per \w+))", text.strip(" ?.!")):
        return None
    new = tree.copy()
    new.set("distinct", None)
    for key in ("order", "limit"):
        new.set(key, None)
    new.set("expressions", [column.copy(), sqlglot.parse_one("count(*)")])
    return new.group_by(column.copy(), copy=False).sql(dialect="duckdb")


def _group_unfixed(sql: str) -> str:
    """ "nodes in us-east-1b" … "how many in each zone then?": a grouping by the column the previous answer
    fixed to one value asks for every value, so that filter goes."""
    tree = _tree(sql)
    group = tree.args.get("group") if isinstance(tree, sqlglot.exp.Select) else None
    if group is None or tree.args.get("where") is None or tree.args.get("joins"):
        return sql
    keys = {g.name for g in group.expressions if isinstance(g, sqlglot.exp.Column)}
    parts = _conjuncts(tree)
    fixed = [c for c in parts if rx.fullmatch(r"(\w+) = '[^']*'", c) and c.split(" ")[0] in keys]
    if not fixed:
        return sql
    new = tree.copy()
    new.set("where", None)
    kept = [c for c in parts if c not in fixed]
    return (new.where(*kept, copy=False, dialect="duckdb") if kept else new).sql(dialect="duckdb")


def _groups_hold(sql: str) -> bool:
    """Whether every column shown or sorted by in a grouped (or aggregated) query is a group key."""
    tree = _tree(sql)
    if not isinstance(tree, sqlglot.exp.Select):
        return True
    group = tree.args.get("group")
    aggregated = any(isinstance(e.unalias(), sqlglot.exp.AggFunc) or e.find(sqlglot.exp.AggFunc)
                     for e in tree.expressions)
    if not group and not aggregated:
        return True
    keys = {g.sql(dialect="duckdb") for g in group.expressions} if group else set()
    keys |= {k.split(".")[-1] for k in keys}
    aliases = {e.alias for e in tree.expressions if e.alias}
    order = tree.args.get("order")
    said = [*tree.expressions, *(order.expressions if order else [])]
    for e in said:
        inner = e.this if isinstance(e, sqlglot.exp.Ordered) else e.unalias()
        if inner.find(sqlglot.exp.AggFunc) or inner.find(sqlglot.exp.Window):
            continue
        for column in inner.find_all(sqlglot.exp.Column):
            if column.sql(dialect="duckdb") not in keys and column.name not in keys | aliases:
                return False
    return True


def _edited(tr: OfflineTranslator, text: str, turn: Any, current: str | None) -> str | None:
    text = _terse(text)
    retouched = _retouched(text, _said(turn, "sql"), tr.catalog) or _sorted_by_shown(text, _said(turn, "sql"))
    if retouched is not None:  # "sort desc", "2 worst?", "by memory instead": the same rows, reordered
        return retouched
    listed = _tree(_said(turn, "sql"))
    nodes_of = _nodes_of_listed_pods(tr, text, listed) if isinstance(listed, sqlglot.exp.Select) else None
    if nodes_of is not None:  # "are their nodes ready?": the nodes', not the pods' own READY
        return nodes_of
    # "same but only monitoring", "same check for frontend": the previous question, in that namespace
    same = rx.fullmatch(
        r"(?:the )?same(?: thing| query| check| question)?(?: but)? (?:only |just )?(?:in |for )?(?:the )?"
        r"([a-z0-9][a-z0-9\-]*)(?: ns| namespace)?",
        text.strip(" ?.!"),
    )
    if same and tr._is_namespace(same.group(1), strict=True):
        text = f"only {same.group(1)}"
    app = rx.fullmatch(
        r"(?:and )?(?:(?:only|just) (?:the )?|which of (?:them|those|these) (?:are|is) (?:the )?)"
        r"([a-z][a-z0-9\-]*)(?: ones?| pods?)?",
        text.strip(" ?.!"),
    )
    key = tr._app_key("pods", app.group(1)) if app and listing(_said(turn, "sql"), "pods") else None
    if key is not None:  # "pods in bookinfo" … "only reviews": those labelled app=reviews
        text = f"with label {key}={app.group(1)}"
    summed = _total_shown(text, _said(turn, "sql"), tr.catalog)
    if summed is not None:  # "how big are they?" … "total?": their sizes added up
        return summed
    compared = _than_shown(text, _said(turn, "sql"), tr.catalog)
    if compared is not None:  # "how many replicas does each have?" … "which have more than one?"
        return compared
    swapped = _same_for_value(tr, text, _said(turn, "sql"))
    if swapped is not None:  # "cluster role bindings for cluster-admin" … "same for the view role"
        return swapped
    converted = _in_units(text, _said(turn, "sql")) or _overcommitted(text, _said(turn, "sql"))
    converted = converted or _as_share(text, _said(turn, "sql"))
    if converted is not None:  # "allocatable memory per node" … "show that in GiB" / "just the overcommitted"
        return converted
    kind_swapped = _same_for_other_kind(tr, text, turn, current)
    if kind_swapped is not None:  # "pod count per ns" … "same thing for svc"
        return kind_swapped
    owned = _deployment_added(text, _said(turn, "sql"))
    if owned is not None:  # "pods in ml" … "add the owning deploy": each pod's deployment beside it
        return owned
    picked = _of_the_one_picked(tr, text, _said(turn, "sql"))
    if picked is not None:  # "busiest node by pod count" … "what's its status?": that node's status
        return picked
    counted = _each_value_counted(text, listed)
    if counted is not None:  # "images used in checkout" … "how many containers run each one?"
        return counted
    regrouped = _regrouped(tr, text, turn, current)
    if regrouped is not None:  # "how many pods per node?" … "per zone instead"
        return regrouped
    early = _fragment(tr, text, turn, current, _FILTER_LEAD)
    if early is not None:  # "with label app=x", "of type ClusterIP": the previous answer narrowed
        return early
    found = _edit(tr, text, turn, current)
    if found is None:  # "in us-east-1b" (no namespace nor node): the previous answer narrowed
        found = _fragment(tr, text, turn, current, _PLACE_LEAD)
    return found


def _one_number_shown(sql: str | None, catalog: Catalog) -> tuple[Any, str] | None:
    """The previous query and the one numeric column it shows beside names, when it shows one."""
    tree = _tree(sql)
    if tree is None or tree.args.get("group") or tree.args.get("joins") or tree.args.get("limit"):
        return None
    table = tree.find(sqlglot.exp.Table)
    columns = [e for e in tree.expressions if isinstance(e, sqlglot.exp.Column)]
    shown = [e.name for e in columns if e.name not in ("namespace", "name", "status", "pod", "node")]
    if table is None or table.name not in catalog.names() or len(shown) != 1:
        return None
    if slots.column_type(catalog[table.name], shown[0]) not in ("int", "float"):
        return None
    return tree, shown[0]


def _total_shown(text: str, sql: str | None, catalog: Catalog) -> str | None:
    """ "total?", "and the sum?" after sizes or counts shown: that column added up."""
    asked = r"(?:and |so |what(?:'s| is) )?(?:the |in )?(?:total|sum|sum total)(?: of (?:it|that|those))?"
    if not rx.fullmatch(asked, text.strip(" ?.!")):
        return None
    found = _one_number_shown(sql, catalog)
    if found is None:
        return None
    tree, column = found
    tree.set("expressions", [sqlglot.parse_one(f"sum({column})", read="duckdb")])
    tree.set("order", None)
    return tree.sql(dialect="duckdb")


def _than_shown(text: str, sql: str | None, catalog: Catalog) -> str | None:
    """The previous rows kept by the one number they show: "which have more than one?" after each
    deployment's replicas, "only those over 5" after restarts."""
    said = rx.fullmatch(
        r"(?:and |so )?(?:(?:which|what)(?: ones?)?|(?:only |just )?(?:the ones|those|these))\s+"
        r"(?:(?:have|has|are|is|with|got)\s+)?(more|fewer|less|over|under|above|below|at least|at most)\s+"
        rf"(?:than\s+)?{NUMW}",
        text.strip(" ?.!"),
    )
    found = _one_number_shown(sql, catalog) if said else None
    amount = number(said.group(2)) if said else None
    if found is None or amount is None:
        return None
    tree, column = found
    kept = tree.where(f"{column} {slots._compared(said.group(1))} {amount}", copy=False, dialect="duckdb")
    return kept.sql(dialect="duckdb")


def _deployment_added(text: str, sql: str | None) -> str | None:
    """The pods listed before, each with the deployment that owns it (through its replica set): "add the
    owning deploy", "show each one with its deployment"."""
    said = rx.search(
        r"\b(?:add|with|show|and|plus|\+|include)\b.*?\b(?:the\s+)?"
        r"(?:owning|its|their|parent|each one'?s?)\s+"
        r"(?:owning\s+|parent\s+)?(?:deploy(?:ment)?s?)\b",
        text,
    )
    found = listing(sql, "pods") if said else None
    if found is None or found[0].args.get("joins"):
        return None
    tree, alias = found
    qualify(tree, alias)
    tree.join(
        "replicasets AS r", on=f"r.namespace = {alias}.namespace AND r.name = {alias}.owner_name", copy=False
    )
    tree.select("r.owner_name", copy=False)
    return tree.sql(dialect="duckdb")


def _same_for_value(tr: OfflineTranslator, text: str, sql: str | None) -> str | None:
    """The previous query with the one value it compared to swapped for the value said: "same for the view
    role" after the bindings of cluster-admin. Only a value the cluster holds in that column is swapped."""
    from sqlglot import exp

    said = rx.fullmatch(
        r"(?:and |now |ok,? )?(?:the )?same(?: thing| query| check| question)?(?: but)? (?:for|with) (?:the"
        r" )?"
        r"([a-z0-9][\w\-.]*)(?: [a-z]+)?",
        text.strip(" ?.!"),
    )
    if said is None or not sql or tr.grounding is None:
        return None
    tree = sqlglot.parse_one(sql, read="duckdb")
    table = tree.find(exp.Table)
    if table is None or table.name not in tr.catalog.names():
        return None
    value = said.group(1)
    for eq in tree.find_all(exp.EQ):
        column, literal = eq.this, eq.expression
        if not (isinstance(column, exp.Column) and isinstance(literal, exp.Literal) and literal.is_string):
            continue
        held = tr.grounding.all_values(table.name, column.name)
        match = next((v for v in held if v.lower() == value), None)
        if match is not None and match != literal.this:
            literal.replace(exp.Literal.string(match))
            return tree.sql(dialect="duckdb")
    return None


def _in_units(text: str, sql: str | None) -> str | None:
    """The previous query with its byte amounts shown in the unit asked: "show that in GiB"."""
    said = rx.fullmatch(
        r"(?:and |now |ok,? )?(?:can you |could you |please )?(?:show|give|display|put|convert|make)?(?: me)?"
        r"(?: (?:that|it|them|those|this|these|the (?:memory|sizes?|numbers?|values?|amounts?)))?"
        r"\s*(?:in |to |into |as )?(gib|gb|gi|mib|mb|mi|tib|tb|ti)(?: instead)?(?: of bytes)?(?: please)?",
        text.strip(" ?.!"),
    )
    if said is None or not sql:
        return None
    tree = sqlglot.parse_one(sql, read="duckdb")
    return tree.sql(dialect="duckdb") if scale_shown(tree, f"in {said.group(1)}") else None


def _as_share(text: str, sql: str | None) -> str | None:
    """The previous per-node sums of the pods' requests (or limits) as a percentage of each node's
    allocatable (or capacity): "memory requested on each node" … "as a percentage of allocatable instead"."""
    from sqlglot import exp

    said = rx.fullmatch(SHARE_ASKED, text.strip(" ?.!"))
    if said is None or not sql:
        return None
    tree = sqlglot.parse_one(sql, read="duckdb")
    nodes = next((t for t in tree.find_all(exp.Table) if t.name == "nodes"), None)
    if nodes is None or not tree.args.get("group"):
        return None
    of = "capacity" if said.group(1) == "capacity" else "allocatable"
    alias = nodes.alias_or_name
    shown, wholes = [], []
    for e in tree.expressions:
        summed = e.this if isinstance(e, exp.Alias) else e
        column = summed.find(exp.Column) if isinstance(summed, exp.Sum) else None
        amount = column and rx.fullmatch(r"(cpu|memory)_(?:request|limit)", column.name)
        if not amount:
            shown.append(e)
            continue
        whole = f"{alias}.{amount.group(1)}_{of}"
        share = sqlglot.parse_one(f"100.0 * {summed.sql(dialect='duckdb')} / {whole}", read="duckdb")
        shown.append(exp.alias_(share, "percent"))
        wholes.append(whole)
    if not wholes:
        return None
    tree.set("expressions", shown)
    grouped = {g.sql(dialect="duckdb") for g in tree.args["group"].expressions}
    tree = tree.group_by(*(w for w in dict.fromkeys(wholes) if w not in grouped), copy=False)
    return tree.sql(dialect="duckdb")


def _overcommitted(text: str, sql: str | None) -> str | None:
    """Nodes listed with their pods' summed requests beside what they can allocate, kept where the
    requests are more: "just the overcommitted nodes", "only the ones where requests are over allocatable"."""
    from sqlglot import exp

    asked = r"\bover ?committed\b|\bmore (?:requested|than (?:they|it) can allocate)\b|"
    asked += r"\brequests? (?:are |is )?(?:over|above|more than|exceed\w*|beyond) (?:the |their )?"
    asked += r"(?:allocatable|capacity)\b"
    if not sql or not rx.search(asked, text):
        return None
    tree = sqlglot.parse_one(sql, read="duckdb")
    if not tree.args.get("group") or tree.args.get("having"):
        return None
    sums = [s for s in tree.find_all(exp.Sum) if isinstance(s.this, exp.Column)]
    columns = list(tree.find_all(exp.Column))
    for resource in ("cpu", "memory"):
        summed = next((s for s in sums if s.this.name == f"{resource}_request"), None)
        allocatable = next((c for c in columns if c.name == f"{resource}_allocatable"), None)
        if summed is not None and allocatable is not None:
            having = f"{summed.sql(dialect='duckdb')} > {allocatable.sql(dialect='duckdb')}"
            return tree.having(having, copy=False).sql(dialect="duckdb")
    return None


_DESC = r"desc|descending|biggest first|largest first|highest first|most first|reversed?"
_ASC = r"asc|ascending|smallest first|lowest first|least first"
_SORTED = (
    r"^(?:and |now |ok,? |then )?(?:sort|order|rank)(?:ed)?(?: (?:them|it|those|these|the list|that))?"
    r"(?: by (?:that|it|this|that column|this column|the count|the number|them))?,?"
    rf"(?: ?(?:in )?({_DESC}|{_ASC})(?: order)?)?(?: by (?:that|it|this))?$"
)
_EXTREMES = {"biggest": "DESC", "largest": "DESC", "highest": "DESC", "most": "DESC", "worst": "DESC"}
_EXTREMES |= {"top": "DESC", "smallest": "ASC", "lowest": "ASC", "least": "ASC", "fewest": "ASC"}
_EXTREME = (
    r"^(?:and |so |just |only )?(?:which(?: one)?(?: of (?:them|those|these))? (?:is|has|are|have) )?"
    r"(?:the )?"
    rf"(?:(\d+|{'|'.join(lx.NUMBERS)}) )?({'|'.join(_EXTREMES)})(?: ones?| of (?:them|those|these))?$"
)
_TOP_N = (
    rf"^(?:and )?(?:only |just )?(?:the )?(?:top |first )?(\d+|{'|'.join(lx.NUMBERS)})"
    r"(?: ones?)?(?: (?:that|which|who) (?:\w+ )?(?:the )?(most|least)|"
    r" with the (most|fewest|least|highest|lowest)(?: \w+)?| (?:most|least) \w+)$"
)
_COMPARED = {"more": ">", "over": ">", "above": ">", "greater": ">", "fewer": "<", "less": "<", "under": "<"}
_COMPARED |= {"below": "<", "at least": ">=", "at most": "<=", ">=": ">=", "<=": "<=", ">": ">", "<": "<"}
_THRESHOLD = (
    r"^(?:and |what about |how about |now |but |ok,? )?(?:only |just )?"
    # "raise it to >20", "bump the threshold to over 30": the same bar, moved
    rf"(?:{THRESHOLD_MOVED})?"
    r"(?:the ones |those |ones |them )?(?:(?:with|having|that have|that are|which are) )?"
    rf"({'|'.join(map(re.escape, _COMPARED))})(?: than)? ?(\d+)(?: [a-z]+)?$"
)
_MEASURES = {"cpu": "cpu", "memory": "memory", "mem": "memory", "ram": "memory"}
_SWITCHED = (
    r"^(?:and |now |ok,? )?(?:what about |how about )?(?:(?:the )?same(?: thing)? (?:for|by|but (?:by|for))|"
    r"by|for)?\s*(?:the )?(?:requested )?(cpu|memory|mem|ram)"
    r"(?: (requests?|limits?))?(?: requested)?(?: instead)?$"
)


_ALL_OF_THEM = (
    r"^(?:and |now |ok,? )?(?:show |list )?(?:all of them|all|everything|every one)(?:,)? "
    r"(?:not (?:just|only)|"
    r"including|incl\.?|with) (?:the )?[\w\- ]+?(?: ones?)?(?: too| as well)?$|"
    r"^(?:and |now |ok,? )?include (?:the )?(?:non-?[\w\-]+|other|rest|remaining)(?: ones?)?"
    r"(?: too| as well)?$"
)
_NAMES_ONLY = r"^(?:.*,\s*)?(?:(?:the )?names? only|only (?:the )?names?|just (?:the )?names?)$"


_REGROUP = (
    r"^(?:and |now |ok,? )?(?:what about |how about )?"
    r"(?:per|by|for each|group(?:ed)? by|broken down by|split by)"
    r" (?:the |each )?([a-z][\w \-]*?)(?: instead)?$"
)
_GROUP_SAID = r"\b(?:per|by|for each|in each|on each|each)\s+(?:the\s+)?[a-z][\w\-]*"
_GROUP_SAID += r"(?:\s+(?:zone|type|class))?"


def _same_for_other_kind(tr: OfflineTranslator, text: str, turn: Any, current: str | None) -> str | None:
    """ "pod count per ns" … "same thing for svc": the previous question asked again of another kind."""
    same = r"(?:and )?(?:the )?same(?: thing| query| question)? (?:for|but for|with|of) (?:the )?(.+)"
    m = rx.fullmatch(same, text.strip(" ?.!"))
    question = _said(turn, "question")
    if not m or not question:
        return None
    wanted = tr.find_kinds(m.group(1))
    asked = normalise(question)
    before = _tree(_said(turn, "sql"))
    source = before.find(sqlglot.exp.Table) if before is not None else None
    said = [k for k in tr.find_kinds(asked) if source is not None and k[2] == source.name]
    if len(wanted) != 1 or len(said) != 1 or wanted[0][2] == said[0][2] or wanted[0][1] != m.group(1).strip():
        return None
    at, phrase, _ = said[0]
    found = tr._read_or_none(f"{asked[:at]}{wanted[0][1]}{asked[at + len(phrase):]}", question, current)
    tree = _tree(found)
    source = tree.find(sqlglot.exp.Table) if tree is not None else None
    return found if source is not None and source.name == wanted[0][2] else None


def _regrouped(tr: OfflineTranslator, text: str, turn: Any, current: str | None) -> str | None:
    """A count per group counted per another ("per zone instead"): the previous question asked again with the
    new grouping said where the old one was."""
    m = rx.fullmatch(_REGROUP, text.strip(" ?.!"))
    tree = _tree(_said(turn, "sql"))
    question = _said(turn, "question")
    if not m or tree is None or not tree.args.get("group") or not question:
        return None
    group = f"per {m.group(1)}"
    asked = normalise(question).strip(" ?.!")
    if rx.search(_GROUP_SAID, asked):
        asked = rx.sub(_GROUP_SAID, group, asked, count=1)
    else:
        asked = f"{asked} {group}"
    found = tr._read_or_none(asked, asked, current)
    after = _tree(found)
    if after is None or not after.args.get("group") or found == _said(turn, "sql"):
        return None
    return found


def sort_key_shown(sql: str, prev: str | None, catalog: Any) -> str:
    """A follow-up that sorts by an amount not shown ("sort by replica count, largest first") shows it, so
    the order can be read; times are left out, as dev.yaml's oldest and newest are."""
    from sqlglot import exp

    tree, before = _tree(sql), _tree(prev)
    order = tree.args.get("order") if tree is not None else None
    if order is None or before is None or before.args.get("order"):
        return sql
    if tree.args.get("group") or tree.args.get("joins"):
        return sql
    keys = [o.this for o in order.expressions]
    source = tree.find(exp.Table)
    shown = {e.alias_or_name for e in tree.expressions}
    if len(keys) != 1 or not isinstance(keys[0], exp.Column) or keys[0].name in shown or source is None:
        return sql
    if source.name not in catalog.names():
        return sql
    if slots.column_type(catalog[source.name], keys[0].name) not in ("int", "float"):
        return sql
    return tree.select(keys[0].copy(), copy=False).sql(dialect="duckdb")


def _retouched(text: str, prev: str | None, catalog: Catalog) -> str | None:
    """The previous answer sorted, cut to its extremes or ranked by the other measure, said tersely: "sort
    desc", "sort ascending by that", "largest?", "2 worst?", "by memory instead" (after a CPU ranking)."""
    from sqlglot import exp

    said = text.strip(" ?.!")
    tree = _tree(prev)
    if tree is None or tree.args.get("joins"):
        return None
    # the one column shown beside the names (or beside the groups): what sorting and extremes go by
    measures = [e for e in tree.expressions if e.alias_or_name not in ("namespace", "name", "pod", "node")]
    key = None
    if len(measures) == 1:
        key = exp.column(measures[0].alias) if measures[0].alias else measures[0].unalias().copy()
    if m := rx.fullmatch(_SORTED, said):
        if key is None:
            return None
        desc = bool(m.group(1) and rx.fullmatch(_DESC, m.group(1)))
        tree = tree.copy()
        tree.set("limit", None)
        return tree.order_by(exp.Ordered(this=key, desc=desc), copy=False).sql(dialect="duckdb")
    if m := rx.fullmatch(_TOP_N, said):  # "only the 3 that restart most": the measure shown, ranked
        least = (m.group(2) or m.group(3)) in ("least", "fewest", "lowest")
        return _ranked(tree, key, not least, number(m.group(1)) or 1) if key is not None else None
    if m := rx.fullmatch(_THRESHOLD, said):  # "pods with more than 5 restarts" … "and more than 30?"
        return _rethresholded(tree, _COMPARED[m.group(1)], m.group(2), catalog)
    if m := rx.fullmatch(_EXTREME, said):
        if key is None or (m.group(2) == "top" and not m.group(1)):
            return None
        return _ranked(tree, key, _EXTREMES[m.group(2)] == "DESC", number(m.group(1)) or 1)
    if rx.fullmatch(_ALL_OF_THEM, said) and tree.args.get("where"):
        # "all of them, not just the running ones": the filters dropped, the namespace kept
        kept = [c for c in _conjuncts(tree) if rx.fullmatch(r"(?:\w+\.)?namespace = '[^']*'", c)]
        tree = tree.copy()
        tree.set("where", None)
        return (tree.where(*kept, copy=False, dialect="duckdb") if kept else tree).sql(dialect="duckdb")
    if rx.fullmatch(_NAMES_ONLY, said):  # "drop the ready and image columns, names only"
        names = [e for e in tree.expressions if e.alias_or_name in ("name", "pod")][:1]
        if not names or len(names) == len(tree.expressions) or tree.args.get("group"):
            return None
        tree = tree.copy()
        tree.set("expressions", [e.copy() for e in names])
        return tree.sql(dialect="duckdb")
    if m := rx.fullmatch(_SWITCHED, said):
        limits = (m.group(2) or "").startswith("limit")
        return _switched(tree, _MEASURES[m.group(1)], "limit" if limits else "")
    return None


def _sorted_by_shown(text: str, prev: str | None) -> str | None:
    """ "sort them by max replicas, highest first", "order by max desc" after a join: the previous answer
    ordered by the one column it shows whose name the words say, largest first unless asked otherwise."""
    m = rx.fullmatch(
        r"(?:and |now |ok,? |then )?(?:sort|order|rank)(?:ed)?(?: (?:them|it|those|these|the list|that))? by "
        rf"(?:the |their |its )?([a-z][a-z ]*?)(?:,? ?(?:in )?({_DESC}|{_ASC})(?: order)?)?",
        text.strip(" ?.!"),
    )
    tree = _tree(prev)
    # (a join's only: one table's answers are sorted by the readers that know its columns)
    if m is None or tree is None or not tree.args.get("joins") or tree.args.get("order") or _aggregate(tree):
        return None
    words = set(m.group(1).split())
    named = [e for e in tree.expressions if words and words <= set(e.alias_or_name.split("_"))]
    if len(named) != 1:
        return None
    key = named[0].copy() if not named[0].alias else sqlglot.exp.column(named[0].alias)
    # an amount largest first, a name from A, unless said otherwise
    by_name = named[0].alias_or_name in ("name", "namespace")
    desc = bool(m.group(2) and rx.fullmatch(_DESC, m.group(2))) if by_name else not (
        m.group(2) and rx.fullmatch(_ASC, m.group(2))
    )
    order = key.sql(dialect="duckdb") + (" DESC" if desc else "")
    return tree.copy().order_by(order, copy=False, dialect="duckdb").sql(dialect="duckdb")


def _ranked(tree: Any, key: Any, desc: bool, n: int) -> str:
    """The previous query's first `n` rows by `key`, any order it had replaced."""
    from sqlglot import exp

    tree = tree.copy()
    tree.set("order", None)
    tree = tree.order_by(exp.Ordered(this=key, desc=desc), copy=False)
    return tree.limit(n, copy=False).sql(dialect="duckdb")


def _rethresholded(tree: Any, op: str, value: str, catalog: Catalog) -> str | None:
    """The previous query with its one comparison of a column to a number changed to `op value`."""
    from sqlglot import exp

    tree = tree.copy()
    where = tree.args.get("where")
    kinds = (exp.GT, exp.GTE, exp.LT, exp.LTE)
    found = [c for c in where.find_all(*kinds) if isinstance(c.expression, exp.Literal)] if where else []
    made = {">": exp.GT, ">=": exp.GTE, "<": exp.LT, "<=": exp.LTE}[op]
    shown = [e for e in tree.expressions if isinstance(e, exp.Column) and e.name not in ("namespace", "name")]
    source = tree.find(exp.Table)
    numeric = (
        len(shown) == 1 and source is not None and source.name in catalog.names()
        and slots.column_type(catalog[source.name], shown[0].name) in ("int", "float")
    )
    if not found and numeric and len(tree.expressions) > 1 and not tree.args.get("group"):
        # "deployments with replica counts" … "only the ones with more than 20": the one amount shown
        return tree.where(made(this=shown[0].copy(), expression=exp.Literal.number(value)), copy=False).sql(
            dialect="duckdb"
        )
    if len(found) != 1 or not isinstance(found[0].this, exp.Column):
        return None
    found[0].replace(made(this=found[0].this.copy(), expression=exp.Literal.number(value)))
    return tree.sql(dialect="duckdb")


def _switched(tree: Any, to: str, kind: str) -> str | None:
    """A ranking by CPU (or pod count) ranked by `to` ("memory") instead: each measured column swapped."""
    from sqlglot import exp

    if not (tree.args.get("order") or tree.args.get("group")):
        return None
    columns = [c for c in tree.find_all(exp.Column) if rx.fullmatch(r"(cpu|memory)_(request|limit)", c.name)]
    counted = [c for c in tree.find_all(exp.Count) if isinstance(c.this, exp.Star)]
    if not columns and not (counted and tree.args.get("group")):
        return None
    tree = tree.copy()
    for c in tree.find_all(exp.Column):
        m = rx.fullmatch(r"(cpu|memory)_(request|limit)", c.name)
        if m:
            c.set("this", exp.to_identifier(f"{to}_{kind or m.group(2)}"))
    if not columns:  # "busiest node by pod count" then "and by memory requests?": their sum
        for c in list(tree.find_all(exp.Count)):
            if isinstance(c.this, exp.Star):
                c.replace(exp.Sum(this=exp.column(f"{to}_{kind or 'request'}")))
    for alias in tree.find_all(exp.Alias):
        if alias.alias in ("cpu", "memory", "pods", "count", "n"):
            was = alias.alias
            alias.set("alias", exp.to_identifier(to))
            for c in tree.find_all(exp.Column):
                if c.name == was and not c.table:
                    c.set("this", exp.to_identifier(to))
    return tree.sql(dialect="duckdb")


def _tree(sql: str | None) -> Any:
    """`sql` parsed, when it is a SELECT; None otherwise."""
    if not sql:
        return None
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except Exception:  # noqa: BLE001 - an unreadable query is not ours to edit
        return None
    return tree if isinstance(tree, sqlglot.exp.Select) else None


# A refinement said as a fragment, read as "only the ones …": "whose …", "of type X", or "with …" when it says
# the value compared ("with more than 10 restarts"; not "with ip", which adds a column)
_FILTER_LEAD = (
    r"(?:and |but |now )?(?:with|having|label(?:l?ed)?|tagged|of (?:\w+ )?(?:type|kind|class)|whose|that"
    r"|which are|(?:requesting|requiring|using|asking for|exposing|mounting|owned by|stuck in)\b"
    r"|(?:bigger|larger|smaller|greater|more|less|fewer) than)\b"
)
_PLACE_LEAD = r"(?:and |but |now )?(?:in|on|not on|not in|off|inside|within|from|in zone|in region)\b"


def _fragment(tr: OfflineTranslator, text: str, turn: Any, current: str | None, lead: str) -> str | None:
    """`text`, a fragment that starts with a filter word, read as narrowing the previous answer: the
    previous query with the filters it adds, the columns shown kept; None when it adds none."""
    import sqlglot

    said = rx.match(lead, text)
    prev = _said(turn, "sql")
    if not said or not prev or rx.search(r"\b(?:their|its|too|also|as well|instead)\b", text):
        return None
    if tr.find_kinds(text[said.end() :]):  # "with pods on worker-2": another kind, a relation
        return None
    rest = rx.sub(r"^(?:and |but |now )", "", text)
    found = _edit(tr, "only the ones " + rest, turn, current)
    if found is None:
        return None
    try:
        before, after = (sqlglot.parse_one(q, read="duckdb") for q in (prev, found))
    except Exception:  # noqa: BLE001 - an unreadable query is not ours to edit
        return None
    was, now = ([e.sql("duckdb") for e in t.expressions] for t in (before, after))
    fixed = now != was and set(now) < set(was)  # a column the filter fixes, no longer shown
    if now != was and not fixed and not (_namespace_of(after) and not _namespace_of(before)):
        return None  # a column added or dropped: not only a filter
    added = [c for c in _conjuncts(after) if c not in _conjuncts(before)]
    if not added or len(_conjuncts(after)) <= len(_conjuncts(before)):
        return None
    if lead == _FILTER_LEAD and rx.match(r"(?:and |but |now )?(?:with|having)\b", text):
        # "with more than 10 restarts": a value the words say is compared ("with restarts" adds the column)
        values = [
            v.this.lower()
            for c in added
            for v in sqlglot.parse_one(c, read="duckdb").find_all(sqlglot.exp.Literal)
        ]
        if not any(rx.search(r"(?<![\w-])" + re.escape(v) + r"(?![\w-])", text) for v in values):
            return None
    return found


def _edit(tr: OfflineTranslator, text: str, turn: Any, current: str | None) -> str | None:
    """The previous turn's SQL edited as `text` asks, or None when `text` is a question of its own."""
    import sqlglot
    from sqlglot import exp

    prev = _said(turn, "sql")
    if not prev:
        return None
    if rx.fullmatch(
        r"(?:ok,? |now |and )?(?:list|show|get|display|what are|which are)(?: me)?(?: all| every)?(?: the)?"
        r" (?:namespaces|ns)(?: (?:there are|are there|in the cluster|we have))?",
        text.strip(" ?.!"),
    ):  # "list all namespaces": a question of its own, not the last one asked everywhere
        return None
    # "drop the ones in kube-system", "hide the kube-system ones": those rows left out, as "excluding X" says
    lead = r"^(?:and |now |ok,? |please |pls )?(?:exclude|drop|hide|skip|ignore|leave out|filter out) "
    lead += r"(?:the |any )?"
    ones = r"(?:ones?|those|them|rows?) (?:(?:that are|which are) )?(?:in|from|on)"
    text = rx.sub(
        lead + rf"(?:{ones} ([a-z0-9][a-z0-9\-.]*)|([a-z0-9][a-z0-9\-.]*) ones?)[?.!]*$",
        lambda m: "excluding " + (m.group(1) or m.group(2)),
        text,
    )
    # "without the kube-system pods", "minus the kube-system ones", "not the ones in kube-system": the same
    leaving = r"^(?:and |now |but )?(?:without|minus|except(?: for)?|but not|not) (?:the |any )?"
    text = rx.sub(leaving + r"([a-z0-9][a-z0-9\-.]*) (?:ones?|pods?|po|rows?)[?.!]*$", r"excluding \1", text)
    text = rx.sub(leaving + r"(?:ones?|pods?|po|rows?|those) (?:in|from) ([a-z0-9][a-z0-9\-.]*)[?.!]*$",
                  r"excluding \1", text)
    # "what about staging then?": the "then" says no more
    text = rx.sub(r"^((?:and )?(?:what|how) about .+?),? then[?.!]*$", r"\1", text)
    refers_back = rx.search(
        r"\b(each|too|also|as well|instead|that|those|these|them|they|their|it)\b", text
    ) or rx.search(
        r"\b(they|them|their|those|these|that|it|ones)\b|^(and|only|just|what about|how about|same)\b", text
    ) or rx.search(r"^(group|break|split)\b.*\bby\b", text)
    try:
        tree = sqlglot.parse_one(prev, read="duckdb")
    except Exception:  # noqa: BLE001 - an unreadable previous query is not ours to edit
        return None
    if not isinstance(tree, exp.Select):
        return None
    swapped = _other_resource(text, tree) or _also_in(tr, text, tree)
    if swapped is not None:  # "now the memory", "in kube-system too"
        return swapped
    source = tree.find(exp.Table)
    why_they = _why_they(text, tree, source)
    if why_they is not None:  # "why were they evicted?": what the rows say of it
        return why_they
    why_joined = _why_joined(text, tree, source)
    if why_joined is not None:  # "pods of failed jobs" … "why did they fail?": what their events say
        return why_joined
    sized = _SIZES.get(source.name) if source is not None else None
    how_big = r"(?:and )?(?:how (?:big|large)(?: are| is)? (?:they|those|them|it)|(?:and )?"
    how_big += r"(?:their|its|what) sizes?(?: are they)?)"
    if sized and rx.fullmatch(how_big, text.strip(" ?.!")) and sized not in {
        e.alias_or_name for e in tree.expressions
    }:  # "how big are they?" after claims: their size shown
        return tree.copy().select(sized, copy=False).sql(dialect="duckdb")
    if (
        source is not None
        and source.name in tr.catalog.names()
        and not tree.args.get("joins")
        and rx.match(r"(?:and |now |ok,? |please |pls )?(?:drop|hide|remove|without|leave out|lose)\b", text)
    ):  # "drop the images": a column shown left out, though its word also names a kind
        hidden = _hidden_columns(text, tree, tr.catalog[source.name])
        if hidden:
            new = tree.copy()
            new.set("expressions", [e for e in new.expressions if e.alias_or_name not in hidden])
            return new.sql(dialect="duckdb")
    if (
        source is not None
        and source.name in tr.catalog.names()
        and not tree.args.get("joins")
        and not tree.args.get("group")
        and rx.match(r"(?:and |now |ok,? |please |pls )?(?:include|including|also show|show also|plus)\b",
                     text)
        and not rx.search(r"\b(?:their|its|whose)\b|'s\b", text)
    ):  # "include the images": a column added, though its word also names a kind
        shown = {e.alias_or_name for e in tree.expressions}
        table = tr.catalog[source.name]
        shown |= {"name", "namespace"}
        wanted = [m.column for m in slots.find_columns(text, table) if m.column not in shown]
        if wanted:
            return tree.copy().select(*dict.fromkeys(wanted), copy=False).sql(dialect="duckdb")
    shown_each = _shown_each(tr, text, tree, source)
    if shown_each is not None:
        return shown_each
    about = rx.search(r"\b(?:about|involving|concerning|for|on)\s+(?:the\s+)?\w+(?:\s+only)?\s*\??$", text)
    # "just the pods" after events: the events about that kind
    about = about or rx.fullmatch(r"(?:and )?(?:only|just) (?:the )?(?:ones about )?\w+", text.strip(" ?.!"))
    events = source is not None and source.name == "events"
    subject = tr.find_kinds(about.group(0)) if about and events else []
    they = r"(?:are|were|is) (?:they|those|these|it) (?:about|for|on)\b"
    subjects = rx.match(rf"(?:and )?(?:which|what) (\w+) {they}", text)
    # "which pods?" after warnings counted by reason: the pods those events are about
    subjects = subjects or (
        events and rx.fullmatch(r"(?:and |so )?(?:which|what) (\w+)(?: (?:are|were) (?:they|those|these))?",
                                text.strip(" ?!."))
    )
    subject = subject or (tr.find_kinds(subjects.group(1)) if subjects and events else [])
    if subjects and subject and subject[0][2] != "events":
        # "which pods are they about?" after events: those objects, each once
        table = tr.catalog[subject[0][2]]
        new = _filtered(tree, [f"involved_kind = {quote(table.kind)}"])
        for part in ("group", "having", "order", "limit"):
            new.set(part, None)
        ns_fixed = _namespace_of(tree) is not None or not table.namespaced
        shown = ["involved_name"] if ns_fixed else ["namespace", "involved_name"]
        new.set("expressions", [exp.column(c) for c in shown])
        new.set("distinct", exp.Distinct())
        return new.sql(dialect="duckdb")
    if events and tr.grounding is not None and not tree.args.get("group") and rx.search(
        r"\b(?:about|for|involving|concerning|of)\b|^(?:only|just)\b", text
    ):  # "only the ones about cassandra-0" after events: those about that object
        involved = tr.grounding.all_values("events", "involved_name")
        words = dict.fromkeys(rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", text))
        objects = [w for w in words if w in involved]
        if len(objects) == 1 and objects[0] not in tr.grounding.namespaces:  # "only data": the namespace
            return _filtered(tree, [f"involved_name = {quote(objects[0])}"]).sql(dialect="duckdb")
    if subject and subject[0][2] != "events" and rx.search(_NARROW, text):
        # "which of them are about pods?" after a list of events: those whose object is of that kind
        kind = tr.catalog[subject[0][2]].kind
        return _filtered(tree, [f"involved_kind = {quote(kind)}"]).sql(dialect="duckdb")
    if source is not None and source.name == "nodes" and rx.search(_RUNS_THERE, text):
        text = "which pods are running on them"  # "and what's scheduled there?" after a list of nodes
    named = _named_namespace(tr, text, current)[1]  # "for the payments ns" names a namespace, not the kind
    named = rx.sub(rf"\b(ones?|them|those|they)\b|{_EVERYWHERE}", "", named)
    kinds = [k for k in tr.find_kinds(named) if not is_dimension(named, k)]  # "how many per namespace?"
    if source is not None and source.name in tr.catalog.names():  # "count per storage class" after claims
        listed_table = tr.catalog[source.name]
        kinds = [
            k for k in kinds
            if not (
                rx.search(r"\b(?:per|by|each|grouped by)\s*$", named[: k[0]])
                and any(m.start == 0 and m.end == len(k[1]) for m in slots.find_columns(k[1], listed_table))
            )
        ]
    question = _said(turn, "question")
    asked = _their_events(tr, text, question, tree, current)
    if asked is None or not rx.search(r"\bJOIN\b|\bIN \(SELECT\b|\binvolved_name = ", asked):
        asked = _events_of_listed(text, tree) or asked  # "its events": the listed pods', not every pod's
    if asked is not None:
        return asked
    owners = _owners_of_listed(text, tree)
    if owners is not None:
        return owners
    if question and rx.fullmatch(r"(?:and )?(?:but )?(why|how come)\s*(?:is that|so)?[?!.]*", text.strip()):
        why = tr._why("why " + question, current)  # "pending pods" … "why?": the events about those pods
        if why is not None:
            return why
        where = tree.args.get("where")
        if source is not None and source.name == "pods" and where is not None and not tree.args.get("joins"):
            # "image pull errors in bookinfo" … "why?": the events about the pods listed
            from kubequery.translate.offline import _pod_events

            if tree.args.get("limit") and not tree.args.get("group"):
                # "top 5 restarters in checkout" … "why?": those five, not every pod the filter keeps
                listed = tree.copy()
                listed.set("expressions", [exp.column("namespace"), exp.column("name")])
                picked = f"(p.namespace, p.name) IN ({listed.sql(dialect='duckdb')})"
                where = exp.Where(this=sqlglot.condition(picked, dialect="duckdb"))
            else:
                where = where.copy()
                qualify(where, "p")
            return _pod_events(where, why=True)
        shown = {e.alias_or_name for e in tree.expressions}
        if (
            source is not None
            and source.name == "jobs"
            and "failure_reason" not in shown
            and not tree.args.get("group")
            and any("Failed" in c for c in _conjuncts(tree))
        ):  # "failed jobs" … "why?": the reason each one failed
            return tree.copy().select("failure_reason", copy=False).sql(dialect="duckdb")
        told = _events_about_listed(tree, tr.catalog)
        if told is not None:  # "pending pvcs" … "why?": what the cluster said about those claims
            return told
    exists = _referenced_exists(tr, text, tree)
    if exists is not None:
        return exists
    where = r"(?:and |so )?(?:in |on )?(?:which|what) (namespaces?|ns|nodes?)"
    place = rx.fullmatch(where, text.strip(" ?!.")) or rx.fullmatch(
        r"(?:and |so )?(?:in )?(?:which|what) (namespaces?|ns) (?:are|were|do|did) (?:they|those|these|them)"
        r"(?: live| belong)?(?: in| from| to)?",
        text.strip(" ?!."),
    )  # "which namespaces are they in?" (not "what nodes are they on?": each one's node)
    source = tree.find(exp.Table)
    listed = tr.catalog[source.name] if source is not None and source.name in tr.catalog.names() else None
    held = {c.name for c in listed.columns if c.name != "namespace" or listed.namespaced} if listed else set()
    if place and DIMS[place.group(1)] in held and not tree.args.get("joins") and not tree.args.get("group"):
        # "crashlooping pods" … "which namespaces?": where the rows listed are, each once
        new = tree.copy()
        for key in ("order", "limit"):
            new.set(key, None)
        new.set("expressions", [exp.column(DIMS[place.group(1)])])
        new.set("distinct", exp.Distinct())
        return new.sql(dialect="duckdb")
    bare = r"(?:and |now |ok,? )?(?:across|in|for|over) (?:all|every) (?:the )?(?:namespaces?|ns)"
    everywhere = rx.fullmatch(bare, text.strip(" ?.!")) and listed and listed.namespaced
    if everywhere and _namespace_of(tree) is None:
        return tree.sql(dialect="duckdb")  # "crashlooping pods" … "across all namespaces": they already are
    summed = _amount_beside_count(text, tree, held)
    if summed is not None:
        return summed
    most = _group_with_most(text, tree, held)
    if most is not None:
        return most
    per = _count_per_previous(text, tree, kinds)
    if per is not None:
        return per
    nodes = _those_nodes(tr, text, tree) or _their_nodes(tr, text, tree)
    if nodes is not None:
        return nodes
    related = _related_to_previous(tr, text, turn, kinds, tree.find(exp.Table), current)
    if related is not None:
        return related
    regrouped = _same_for_kind(tr, text, tree, kinds, question)
    if regrouped is not None:
        return regrouped
    loosened = _loosened(tr, text, tree)
    if loosened is not None:
        return loosened
    switched = _other_kind(tr, text, tree, kinds)
    if switched is not None:
        return switched
    counted = _counted_groups(text, tree)
    if counted is not None:
        return counted
    if kinds and not refers_back:
        return None
    across = r"\bacross\b|cluster[- ]wide|\beverywhere\b|\b(?:the )?(?:whole|entire) cluster\b"
    across += r"|\ball (?:the )?(?:namespaces|ns)\b|" + ALL_NAMESPACES
    if rx.search(across, text) and not rx.search(r"\b(?:by|per|each)\b", text) and _namespace_of(tree):
        # "and across the cluster?" after the top 3 here: the same, in every namespace
        everywhere = _everywhere(tree, other=_others_only(text))
        if everywhere and rx.search(r"\b(?:how many|count|number of|total)\b", text) and not _aggregate(tree):
            new = sqlglot.parse_one(everywhere, read="duckdb")  # "how many across all namespaces?"
            for key in ("order", "limit", "distinct"):
                new.set(key, None)
            new.set("expressions", [exp.Count(this=exp.Star())])
            everywhere = new.sql(dialect="duckdb")
        return everywhere
    rest = _the_rest(text, tree)
    if rest is not None:
        return rest
    state = _other_state(tr, text, tree)
    if state is not None:
        return state
    edited = _reshape(tr, text, tree, current) or _reshape_joined(tr, text, tree)
    if edited is not None:
        return edited
    if rx.search(_EVERYWHERE, text):
        return _everywhere(tree, other=_others_only(text))
    if _only_counts(text):
        new = tree.copy()
        new.set("order", None)
        new.set("limit", None)
        new.set("distinct", None)
        new.set("expressions", [_count_of(tree)])
        return new.sql(dialect="duckdb")
    m = rx.search(
        r"(?:sort|order)(?:ed)?(?: them| it)? by ([a-z_ ]+?)(?:,|$| desc| asc| biggest| largest| most| smallest| first)",  # noqa: E501 - one pattern reads best on one line
        text + " ",
    )
    if m:
        word = rx.sub(r"\s+(?:pls|plz|please|thanks)$", "", m.group(1).strip())
        col = {
            "replicas": "desired",
            "desired replicas": "desired",
            "desired": "desired",
            "restarts": "restarts",
            "restart count": "restarts",
            "age": "created",
            "name": "name",
            "created": "created",
            "creation": "created",
            "creation time": "created",
            "creation date": "created",
            "node": "node",
            "namespace": "namespace",
            "status": "status",
        }.get(word)
        if col is None:
            return None
        desc = bool(rx.search(r"desc|biggest|largest|most|highest|descending", text))
        if col == "created" and "age" in word:
            desc = not desc
        new = tree.copy().order_by(f"{col} {'DESC' if desc else 'ASC'}", copy=False)
        return new.sql(dialect="duckdb")
    m = rx.search(
        r"\b(?:and )?(?:what|which) (nodes?|namespaces?) are they (?:on|in)|\band their (nodes?|status|namespaces?|ages?|restarts)\b|\bwith their (nodes?|status|restarts)\b",  # noqa: E501 - one pattern reads best on one line
        text,
    )
    if m:
        word = next(g for g in m.groups() if g)
        col = {
            "node": "node",
            "nodes": "node",
            "status": "status",
            "namespace": "namespace",
            "namespaces": "namespace",
            "age": "age",
            "ages": "age",
            "restarts": "restarts",
        }[word]
        new = tree.copy()
        if col not in [e.alias_or_name for e in new.expressions]:
            new = new.select(col, copy=False)
        return new.sql(dialect="duckdb")
    # time window changes ("what about older than two weeks?")
    # read as the previous query's kind: an events window is on last_seen, not created
    probe = Parse(table=getattr(tree.find(exp.Table), "name", None) or "pods")
    # the time the kind's own word names: "… and which ran in the last hour?" of cron jobs, their last run
    read_window(probe, text, tr.catalog[probe.table] if probe.table in tr.catalog.names() else None)
    bare = r"^(?:(?:the )?ones? )?(?:older|younger|newer) than\b"
    bare += r"|^(?:created|started|seen) (?:in the|within)\b"  # "older than a day" alone narrows too
    bare += r"|^(?:created|started|made) (?:more|less|over|under) (?:than )?\w+ \w+ ago\b"
    lead = r"^(what about|how about|and|only|just"
    # "restrict to the last day": the window, narrowing the previous answer
    lead += r"|(?:restrict|filter|limit|narrow)\w*(?: it| that| them)?(?: down)? to)\b"
    if probe.conds and rx.search(lead + "|" + bare, text):
        cond = probe.conds[-1]
        column = cond.split()[0]
        new = tree.copy()
        for node in list(new.find_all(exp.GT, exp.LT)):
            if not isinstance(node.this, exp.Column):
                continue
            window = "now()" in node.expression.sql(dialect="duckdb").lower()  # "last_seen > now() - …"
            if node.this.name == column or window:  # the window moved, on the column it was on
                moved = node.this.name + cond[len(column) :]
            elif {node.this.name, column} == {"age", "created"}:  # an age is the creation time seen from now
                moved = cond
            else:
                continue
            node.replace(sqlglot.parse_one(moved, read="duckdb"))
            return new.sql(dialect="duckdb")
        return new.where(cond, copy=False, dialect="duckdb").sql(dialect="duckdb")
    resized = rx.fullmatch(
        rf"(?:what about|how about|and|only|just)\s+(?:the\s+)?(?:last\s+|past\s+)?{NUMW}\s*{UNITW}"
        r"(?:\s+(?:old|ago|instead))?",
        text.strip(" ?.!"),
    )
    spans = list(tree.find_all(exp.Interval))
    if resized and resized.group(2) in lx.UNITS and len(spans) == 1:
        # "make it 30 days" after "pods older than 7 days": the one window, resized
        new = tree.copy()
        new.find(exp.Interval).replace(sqlglot.parse_one(interval(*resized.groups()), read="duckdb"))
        return new.sql(dialect="duckdb")
    # a namespace or a node swapped in ("and in staging?", "only the ones on worker-2", "just ml")
    # "in staging?", "here?": a place alone is the same question there
    lead = r"(?:and|what about|how about|only|just|now|same|any|or)\b"
    # "the same for checkout", "repeat for staging", "restrict to worker-2"
    lead += r"|(?:(?:do )?the same(?: thing)?|repeat(?: that| it| this)?|(?:restrict|filter|limit|narrow)"
    lead += r"(?: it| that| this| them)?(?: down)?(?= to\b| on\b| by\b| for\b))"
    lead += r"|(?=(?:in|for|from|inside|within|here|on)\b)"
    m = rx.match(rf"^(?:{lead})(.*)$", text.strip(" ?.!"))
    known = tr.grounding.namespaces | tr.grounding.nodes if tr.grounding is not None else frozenset()
    if not m and rx.sub(r"'s$", "", text.strip(" ?.!")) in known:  # "staging?": the same question there
        m = rx.match(r"^(.*)$", text.strip(" ?.!"))
    if not m:
        return None
    rest = rx.sub(r"'s\b", "", m.group(1))  # "now team-b's": that namespace's
    if current and _named_namespace(tr, rest, current)[0] == current:  # "and in this namespace?"
        return _in_namespace(tree, current).sql(dialect="duckdb")
    table = tree.find(exp.Table)
    # "what about bookinfo's deployments?" after deployments: the kind said again is no new word
    again = {w for _, phrase, t in tr.find_kinds(rest) if table is not None and t == table.name
             for w in phrase.split()}
    words = [
        w
        for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*", rest)
        if w not in lx.STOPWORDS and w not in _FILLERS and w not in again
    ]
    if len(words) != 1:
        return None
    word = words[0]
    swapped = _swapped_value(tr, tree, word)
    if swapped is not None:  # "nodes in us-east-1a" … "and 1b?": the same filter, another value
        return swapped
    node = None
    ns = None
    if tr.grounding is not None and tr.grounding.nodes and word in tr.grounding.nodes:
        node = word
    elif tr.grounding is not None and tr.grounding.namespaces:
        ns = tr.grounding.namespace(word)
    elif rx.search(r"\bon\b", rest) or rx.fullmatch(r"(worker|node|ip)-.*", word):
        node = word
    else:
        ns = word if word not in VOCAB else None
    if node:
        listed = table is not None and table.name in tr.catalog.names()
        held = {c.name for c in tr.catalog[table.name].columns} if listed else set()
        if "node" not in held:
            return None  # "worker-1?" after nodes: no node column to narrow by
        return _filtered(tree, [f"node = {quote(node)}"]).sql(dialect="duckdb")
    if not ns or table is None:
        return None
    return _in_namespace(tree, ns).sql(dialect="duckdb")


_SIZES = {"persistentvolumeclaims": "capacity", "persistentvolumes": "capacity"}


def _also_in(tr: OfflineTranslator, text: str, tree: Any) -> str | None:
    """ "in kube-system too" after the pods in payments: both namespaces, each row's namespace shown."""
    from sqlglot import exp

    said = rx.fullmatch(
        r"(?:and |also |plus |now )?(?:(?:also )?(?:in|from|for|include|add) )?(?:the )?(?:ns |namespace )?"
        r"([a-z0-9][a-z0-9\-]*)(?: namespace| ns)? (?:too|as well|also)",
        text.strip(" ?.!"),
    ) or rx.fullmatch(
        r"(?:and |now )?(?:also |plus )?(?:also|include|add|plus) (?:in |from )?(?:the )?"
        r"([a-z0-9][a-z0-9\-]*)(?: namespace| ns)?",
        text.strip(" ?.!"),
    )
    was = _namespace_of(tree)
    if not said or not was or tr.grounding is None or said.group(1) not in tr.grounding.namespaces:
        return None
    if said.group(1) == was:
        return None
    new = tree.copy()
    for eq in list(new.find_all(exp.EQ)):
        column, value = eq.this, eq.expression
        if isinstance(column, exp.Column) and column.name == "namespace" and isinstance(value, exp.Literal):
            both = [value.copy(), exp.Literal.string(said.group(1))]
            eq.replace(exp.In(this=column.copy(), expressions=both))
            break
    shown = [e for e in new.expressions if isinstance(e, exp.Column) and e.name == "namespace"]
    if not shown and not _aggregate(new) and not any(new.find_all(exp.AggFunc)):
        alias = new.find(exp.Table).alias if new.args.get("joins") else ""
        new.set("expressions", [exp.column("namespace", table=alias or None), *new.expressions])
    return new.sql(dialect="duckdb")


def _the_rest(text: str, tree: Any) -> str | None:
    """ "and the rest?" after the running pods in shop: the others of the same place, the one filter
    that picked them negated."""
    from sqlglot import exp

    if not rx.fullmatch(
        r"(?:and |what about |how about |now |ok,? )?(?:show (?:me )?)?(?:(?:how many|which|what) of )?"
        r"(?:all )?(?:the )?(?:rest|other ones|others|remaining ones|remaining)(?: of them)?",
        text.strip(" ?.!"),
    ):
        return None
    counted = [e.sql() for e in tree.expressions] in (["COUNT(*)"], ["count(*)"])  # "and how many aren't?"
    if tree.args.get("group") or tree.args.get("limit") or any(tree.find_all(exp.AggFunc)) and not counted:
        return None
    parts = _conjuncts(tree)
    picked = [c for c in parts if not rx.search(r"\bSELECT\b", c) and columns_of([c]) - {"namespace"}]
    if len(picked) != 1 or rx.search(r"\bnamespace\b", picked[0]):
        return None
    new = tree.copy()
    new.set("where", None)
    kept = [c for c in parts if c != picked[0]]
    # the ones it does not hold for, those without the field too ("not production": unlabelled as well)
    return new.where(*kept, f"NOT ({picked[0]}) IS TRUE", copy=False, dialect="duckdb").sql(dialect="duckdb")


def _other_resource(text: str, tree: Any) -> str | None:
    """ "now the memory" after cpu requests per namespace: the same question of the other resource. Also
    "what about cpu limits?" or "and the ones with no cpu limit?" after pods without a memory limit."""
    said = rx.fullmatch(
        r"(?:and|now|then|same for|the same for|what about|how about|ok,? now)?\s*"
        r"(?:(?:rank|sort|order)(?:ed)? (?:it |them |those )?by )?(?:the |for )?(?:(?:ones|pods|those) )?"
        r"(?:(?:with no|without|w/o|missing|lacking) (?:an? |any )?)?"
        r"(cpu|cores?|memory|mem|ram)(?: (limit|request|req)s?)?(?: instead| too| please)?",
        text.strip(" ?.!"),
    )
    if not said:
        return None
    from sqlglot import exp

    to = "cpu" if said.group(1) in ("cpu", "core", "cores") else "memory"
    other = "memory" if to == "cpu" else "cpu"
    kind = {"req": "request"}.get(said.group(2), said.group(2)) or ""  # only that kind of amount swapped
    said_before = [c.name for c in tree.find_all(exp.Column)]  # shown, filtered, grouped or sorted on
    if not any(c.startswith(f"{other}_{kind}") for c in said_before) or any(
        c.startswith(to + "_") for c in said_before
    ):
        return None
    shown = [e for e in tree.expressions if isinstance(e, exp.Column) and e.name.startswith(other + "_")]
    also = rx.match(r"and\b", text) and not rx.search(r"\binstead\b", text)
    if not (shown and also) and (tree.args.get("order") or tree.args.get("group")):
        switched = _switched(tree, to, kind)  # a ranking or a sum per group: its alias renamed too
        if switched is not None:
            return switched
    if shown and also and not tree.args.get("group"):  # "cpu requests of ml pods" … "and the memory?": both
        added = [to + c.name[len(other) :] for c in shown]
        return tree.copy().select(*added, copy=False).sql(dialect="duckdb")
    new = tree.copy()
    for col in new.find_all(exp.Column):
        if col.name.startswith(other + "_"):
            col.set("this", exp.to_identifier(to + col.name[len(other) :]))
    return new.sql(dialect="duckdb")


# What owns the pods listed, said as a question about them: "which deployments do they belong to?",
# "owning deploys?", "their owner job?", "what deployments are those from"
_OWNER_WORDS = {"deploy": "Deployment", "job": "Job", "statefulset": "StatefulSet", "sts": "StatefulSet",
                "daemonset": "DaemonSet", "ds": "DaemonSet", "replicaset": "ReplicaSet", "rs": "ReplicaSet"}
_OWNERS_ASKED = (
    r"^(?:and )?(?:(?:which|what) (?P<a>deploy\w*|jobs?|statefulsets?|sts|daemonsets?|ds|replicasets?|rs) "
    r"(?:do|does|are|is|did) (?:they|those|these|it|them) (?:belong to|come from|from|part of|owned by)"
    r"|(?:their |the )?(?:owning|owner|parent) "
    r"(?P<b>deploy\w*|jobs?|statefulsets?|sts|daemonsets?|ds|replicasets?|rs)"
    r"|(?:which|what) (?P<c>deploy\w*|jobs?|statefulsets?|sts|daemonsets?|ds|replicasets?|rs) (?:owns?|own) "
    r"(?:them|those|these|it))$"
)


def _owners_of_listed(text: str, tree: Any) -> str | None:
    """ "image pull errors" … "which deployments do they belong to?": the owners of the pods listed, each once
    (a deployment through its replica sets), picked by the same filters."""
    from sqlglot import exp

    m = rx.fullmatch(_OWNERS_ASKED, text.strip(" ?.!"))
    source = tree.find(exp.Table)
    where = tree.args.get("where")
    if not m or source is None or source.name != "pods" or tree.args.get("joins") or tree.args.get("group"):
        return None
    said = next(g for g in m.groups() if g)
    kind = next(v for k, v in _OWNER_WORDS.items() if said.startswith(k))
    ns = _namespace_of(tree)
    picked = where.this.copy() if where is not None else None
    if kind != "Deployment":  # a pod names its direct owner itself
        shown = "owner_name" if ns else "namespace, owner_name"
        filters = f" AND {picked.sql(dialect='duckdb')}" if picked is not None else ""
        return f"SELECT DISTINCT {shown} FROM pods WHERE owner_kind = {quote(kind)}{filters}"
    if picked is not None:
        qualify(picked, "p")
    shown = "r.owner_name" if ns else "r.namespace, r.owner_name"
    filters = f" AND {picked.sql(dialect='duckdb')}" if picked is not None else ""
    return (
        f"SELECT DISTINCT {shown} FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        f"AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment'{filters}"
    )


def _events_of_listed(text: str, tree: Any) -> str | None:
    """ "which pod in data got OOMKilled?" … "show me its events": the events about the pods listed, picked
    by the same filters (one pod's as its events are shown: type, reason and message)."""
    from sqlglot import exp

    source = tree.find(exp.Table)
    listed = {"pods": "name", "containers": "pod"}.get(source.name if source else "")
    where = tree.args.get("where")
    said = r"^(?:and |so |ok,? )?(?:show(?: me)?|list|get|what are|any)?\s*(?:the )?"
    said += r"(?:(its|their) (?:(warning) )?events?|events? "
    said += r"(?:for|of|about) (?:it|them|those|these|that pod|those pods|these pods|the pods?)|events?"
    said += r"|(its|their) (warnings)|what do (?:the )?events say about (?:them|those|these|those pods))"
    # "events for those (reason + message)": the columns they are shown with anyway
    said += r"(?:,?\s*(?:with |\()?\s*(?:the )?reasons? ?(?:\+|and|&|,|/) ?(?:the )?messages?\s*\)?)?$"
    m = rx.fullmatch(said, text.strip(" ?.!"))
    if not m or listed is None or where is None or tree.args.get("joins") or tree.args.get("group"):
        return None
    if not [c for c in _conjuncts(tree) if not rx.fullmatch(r"namespace = '[^']*'", c)]:
        return None  # every pod of a namespace: their events are the namespace's, read as a question
    ns = _namespace_of(tree)
    one = "its" in (m.group(1), m.group(3)) or rx.search(r"\b(?:it|that pod)$", text.strip(" ?.!"))
    warned = " AND type = 'Warning'" if m.group(2) or m.group(4) else ""
    # in one namespace, each event's pod, as the events of pods found through a join show it
    shown = "type, reason, message" if one else "involved_name, reason, message" if ns else (
        "namespace, involved_name, reason"
    )
    inner = f"SELECT uid FROM {source.name} WHERE {where.this.sql(dialect='duckdb')}"
    scope = f"namespace = {quote(ns)} AND " if ns else ""
    picked = f"involved_kind = 'Pod'{warned} AND involved_uid IN ({inner})"
    return f"SELECT {shown} FROM events WHERE {scope}{picked}"


def _their_events(
    tr: OfflineTranslator, text: str, question: str | None, tree: Any, current: str | None
) -> str | None:
    """ "crashlooping pods" … "their events?": the events about the objects listed, read as one question."""
    from sqlglot import exp

    source = tree.find(exp.Table)
    if not question or source is None or source.name == "events" or tree.args.get("group"):
        return None
    pronoun = r"\b(?:their|its)\s+|\s*\b(?:for|about|of|on|do|did|have|has)\s+(?:them|those|these|they|it)\b"
    pronoun += r"(?:\s+(?:have|had|get|got))?"  # "how many events do they have"
    said = rx.search(r"\b(?:events?|ev|warnings?)\b", text)
    if said is None or not rx.search(pronoun, text) or any(k[2] != "events" for k in tr.find_kinds(text)):
        return None
    asked = rx.sub(pronoun, " ", text).strip(" ?.!")
    asked = rx.sub(r"^(?:and|what about|so)\s+", "", asked)
    lead = r"^(?:show(?: me)?|list|get|give me|which|what)\s+(?:are\s+)?(?:the\s+|all\s+)?"
    listed = rx.sub(lead, "", question)
    merged = f"{asked} about the {listed.strip(' ?.!')}"
    sql, _, _ = tr._parse(merged, merged, current)
    return sql if sql is not None and " FROM events" in sql else None


def _counted_groups(text: str, tree: Any) -> str | None:
    """After a count per group: "only the ones with more than 20" keeps groups by their count, "sort by
    count" puts them in order of it."""
    from sqlglot import exp

    count = next((e for e in tree.expressions if isinstance(e.unalias(), exp.Count)), None)
    if not tree.args.get("group") or count is None:
        return None
    counted = count.unalias().sql(dialect="duckdb")
    kept = rx.search(rf"({slots.MORE}|{slots.LESS}|{slots.EXACT})\s*(\d+)\s*\w*\W*$", text)
    lead = r"(?:and |but )?(?:only|just|keep|where|with|those|the ones|ones|which|that)\b"
    if kept and rx.match(lead, text):
        return tree.copy().having(f"{counted} {slots._operator(kept.group(1))} {kept.group(2)}").sql(
            dialect="duckdb"
        )
    if rx.search(r"\b(?:sort|order|rank)\w*(?: them| it)? by (?:the )?(?:count|number|size|total)\b", text):
        asc = rx.search(r"\b(?:asc\w*|fewest|least|smallest)\b", text)
        new = tree.copy()
        new.set("order", None)
        return new.order_by(f"{counted} {'ASC' if asc else 'DESC'}").sql(dialect="duckdb")
    return None


# what runs on the nodes just listed, no kind named: their pods
_RUNS_THERE = (
    r"^(?:and |so )?(?:what|who|anything)(?:'?s| is| are)?\s+(?:running|scheduled|runs?|lives?)\s+"
    r"(?:there|on (?:them|those|these|it|that one))\s*\??$"
)


def _said(turn: Any, field: str) -> str | None:
    """A field of an earlier turn (its question or its SQL), kept as an object or a dict."""
    return turn.get(field) if isinstance(turn, dict) else getattr(turn, field, None)


def _related_to_previous(
    tr: OfflineTranslator,
    text: str,
    turn: Any,
    kinds: list[tuple[int, str, str]],
    source: Any,
    current: str | None = None,
) -> str | None:
    """ "Which deployments do they belong to?": another kind, related to the rows of the last answer.

    The pronoun stands for the previous question, so the two are read as one question across kinds.
    """
    question = _said(turn, "question")
    if not question or source is None or not kinds or kinds[0][2] == source.name:
        return None
    # "which claims are Pending?" … "pods mounting those claims": the claims that are Pending
    question = rx.sub(
        r"^\s*(?:which|what)\s+(.+?)\s+(are|is|were|was|have|has)\s+(.+?)[?.!]*$", r"\1 that \2 \3",
        question.lower(),
    )
    own = {c.name for c in tr.catalog[source.name].columns} if source.name in tr.catalog.names() else set()
    if tr.catalog[kinds[0][2]].kind.lower() in own and rx.search(
        rf"\b(?:what|which) {kinds[0][1]}\b|\b(?:their|its)\s+{kinds[0][1]}\b", text
    ):
        return None  # "what nodes are they on?", "with their nodes": the previous rows' own node column
    bare = text.removeprefix("and ")  # "which ones have no endpoints?": the ones listed
    pronoun = rx.search(r"\b(they|them|those|these|those ones)\b|(?<=^which )ones\b", bare)
    text = bare if pronoun else text
    theirs = rx.fullmatch(
        r"(?:and |what about |how about |show |list )?(?:me )?(?:their|its) ([a-z]+)", text.strip(" ?.!")
    )
    their = rx.search(r"\b(?:their|its)\s+$", text[: kinds[0][0]])
    ones = rx.match(r"(?:and )?(?:only|just) (?:the )?ones (?=with|that|which|having|whose|on)", text)
    # "which have an hpa?", "which ones don't have pods?": the rows listed, picked by the other kind
    which = rx.match(
        r"(?:and |so )?(?:which|what|any)(?: ones| of them| of those| of these)? "
        r"(?=(?:have|has|with|having|without|lack|lacking|(?:do|does)(?:n'?t| not) have)\b)",
        text,
    )
    if theirs and theirs.group(1) == kinds[0][1]:  # "failed jobs here" … "and their pods?"
        article = "" if rx.match(r"(?:the|my|our|all|any)\b", question.lower()) else "the "
        merged = f"{kinds[0][1]} of {article}{question}"
    elif ones:  # "deployments in payments" … "only the ones with pods on worker-2"
        merged = f"{question} {text[ones.end() :]}"
    elif which and (pronoun is None or pronoun.start() < which.end()):
        asked = text[which.end() :]
        merged = f"{question} {'' if rx.match(r'with|without|lack', asked) else 'that '}{asked}"
        said = tr._parse(question, question, current)[0]
        if said is None or _tree(said) != _tree(_said(turn, "sql")):
            # the rows were edited since ("only the not ready ones"): kept by the other kind as they are
            return _kept_by_kind(tr, asked, _said(turn, "sql"), source, kinds[0][2])
    elif pronoun is not None:
        end = pronoun.end()
        named = rx.match(r"\s+([a-z][a-z ]*?)(?=\s*[?.!]*$|\s+(?:in|on|with|that|which|and)\b)", text[end:])
        kind = tr.find_kinds(named.group(1)) if named else []
        if kind and kind[0][2] == source.name and len(kind[0][1]) == len(named.group(1)):
            end += named.end()  # "pods mounting those claims": the claims listed, said with their kind
        merged = text[: pronoun.start()] + question + text[end:]
    elif their is not None:  # "show their pods with restarts": the pods of those deployments
        end = kinds[0][0] + len(kinds[0][1])
        merged = f"{text[: their.start()]}{text[kinds[0][0] : end]} of {question} {text[end:]}"
    else:
        return None
    sql, _, _ = tr._parse(merged, merged, current)  # "here" in the question is where it was asked
    if sql is None:
        return None
    if rx.search(r" JOIN | EXISTS ?\(", sql.upper()):
        return sql
    # "pods of the deployments in payments": the other kind, picked by its owner's kind
    return sql if (theirs or their) and f" FROM {kinds[0][2]} " in sql and "owner_kind" in sql else None


def _kept_by_kind(tr: OfflineTranslator, asked: str, sql: str | None, source: Any, other: str) -> str | None:
    """ "which have an hpa?", "which ones don't have pods on worker-2?": the previous rows that some (or
    no) object of the other kind meets."""
    tree = _tree(sql)
    if tree is None or tree.args.get("joins") or tree.args.get("group"):
        return None
    if source.name not in tr.catalog.names():
        return None
    how = relation(source.name, other, tr.catalog[source.name].namespaced, tr.catalog[other].namespaced)
    if how is None:
        return None
    lacking = rx.match(r"(?:without|lack\w*|(?:do|does)(?:n'?t| not) have|(?:have|has|with) no)\b", asked)
    conds, _ = tr._conditions(other, asked, [])
    return (absent if lacking else present)(tree.sql(dialect="duckdb"), other, how, conds)


def _count_per_previous(text: str, tree: Any, kinds: list[tuple[int, str, str]]) -> str | None:
    """ "how many pods are on each of them?" after a list of nodes (or namespaces): that kind counted per
    listed object, through the column that names it (pods.node); "which has the most pods?": the top one."""
    from sqlglot import exp

    source = tree.find(exp.Table)
    if source is None or not kinds or tree.args.get("joins") or tree.args.get("group"):
        return None
    counted = kinds[0][2]
    ref = REFERENCES.get((counted, source.name))
    if source.name == "namespaces" and counted != "namespaces":  # every namespaced row names its namespace
        ref = Reference("namespace", namespaced=False)
    if ref is None or ref.listed or ref.namespaced:  # one cluster-wide name per row: node, storage class
        return None
    # "which of them has the most pods?" after a list of nodes: the listed one that runs the most
    most = rx.match(
        r"\W*(?:and |so )?(?:which|what)(?: (\d+))?(?: ones?| of (?:them|those|these))? "
        r"(?:has|have|runs?|hosts?|holds?)"
        r" (?:the )?(most|fewest|least)\b(?: number of)? (\w+)\W*$",
        text,
    )
    if most and most.group(3).startswith(counted[:3]):
        names = tree.copy()
        names.set("expressions", [exp.column("name")])
        for key in ("order", "limit", "distinct"):
            names.set(key, None)
        col, order = ref.column, "DESC" if most.group(2) == "most" else "ASC"
        return (
            f"SELECT {col}, count(*) AS {counted} FROM {counted} "
            f"WHERE {col} IN ({names.sql(dialect='duckdb')}) "
            f"GROUP BY {col} ORDER BY {counted} {order} LIMIT {most.group(1) or 1}"
        )
    if not (
        rx.search(r"\b(how many|count|number of)\b", text)
        and rx.search(r"\b(each|per)\b", text)
        and rx.search(r"\b(them|those|these|they)\b|\b(?:on|in|per|for|of) each(?: one)?\s*[?.!]*$", text)
    ):  # "and how many pods on each?": each one listed
        return None
    names = tree.copy()
    names.set("expressions", [exp.column("name")])
    for key in ("order", "limit", "distinct"):
        names.set(key, None)
    col = ref.column
    return (
        f"SELECT {col}, count(*) FROM {counted} WHERE {col} IN ({names.sql(dialect='duckdb')}) GROUP BY {col}"
    )


def _in_namespace(tree: Any, ns: str) -> Any:
    """The query moved to namespace `ns`: its namespace filter swapped or added, the column dropped."""
    from sqlglot import exp

    new = tree.copy()
    replaced = False
    for eq in new.find_all(exp.EQ):  # not a join's "e.namespace = s.namespace"
        column, value = eq.this, eq.expression
        if isinstance(column, exp.Column) and column.name == "namespace" and isinstance(value, exp.Literal):
            eq.set("expression", exp.Literal.string(ns))
            replaced = True
    if not replaced:  # on the rows listed, the first table's, in a join
        alias = new.find(exp.Table).alias if new.args.get("joins") else ""
        placed = f"{alias + '.' if alias else ''}namespace = {quote(ns)}"
        new = new.where(placed, copy=False, dialect="duckdb")
    exprs = [e for e in new.expressions if not (isinstance(e, exp.Column) and e.name == "namespace")]
    if exprs and len(exprs) < len(new.expressions):
        new.set("expressions", exprs)
    return new


def _namespace_of(tree: Any) -> str | None:
    """The namespace a query is filtered to (`namespace = '…'`), if any."""
    said = _namespace_said(tree)
    return said[1] if said else None


def _namespace_said(tree: Any) -> tuple[Any, str] | None:
    """The column a query's namespace filter names (`p.namespace` in a join) and its namespace, if any."""
    from sqlglot import exp

    for eq in tree.find_all(exp.EQ):
        column, value = eq.this, eq.expression
        if isinstance(column, exp.Column) and column.name == "namespace" and isinstance(value, exp.Literal):
            return column, value.this
    return None


def _other_kind(tr: OfflineTranslator, text: str, tree: Any, kinds: list[tuple[int, str, str]]) -> str | None:
    """ "what about deployments?" after services in data: the new kind, asked afresh in the same namespace."""
    from sqlglot import exp

    table = tree.find(exp.Table)
    ns = _namespace_of(tree)
    if (
        not kinds
        or table is None
        or ns is None
        or any(k[2] == table.name for k in kinds)
        or rx.search(r"\b(they|them|their|those|these|it|its|each)\b", text)
        or not rx.search(r"^(and|what about|how about|same for|now)\b|\bthere\b", text)
    ):
        return None
    return tr._parse(text, text, ns)[0]


# columns every kind has, so a filter on them carries over to another kind
_SHARED = frozenset({"namespace", "name", "created", "age", "labels", "annotations"})


def _same_for_kind(
    tr: OfflineTranslator,
    text: str,
    tree: Any,
    kinds: list[tuple[int, str, str]],
    question: str | None = None,
) -> str | None:
    """ "same for deployments" after a count of pods per namespace: the same count, of the kind named."""
    from sqlglot import exp

    source = tree.find(exp.Table)
    if (
        source is None
        or not kinds
        or kinds[0][2] == source.name
        or tree.args.get("joins")
        or not rx.search(r"^(?:and |now |ok,? )?(?:what about|how about|same (?:for|with)|and|now)\b", text)
    ):
        return None
    other = tr.catalog[kinds[0][2]]
    # (a count named after its kind, "count(*) AS secrets", is no column: the ranking carries over)
    aliases = {e.alias for e in tree.expressions if isinstance(e, exp.Alias)}
    used = {c.name for c in tree.find_all(exp.Column)} - aliases
    lead = r"(?:and |now |ok,? )?(?:what about|how about|same (?:for|with)|and|now)"
    only_kind = rx.fullmatch(rf"{lead}\s+(?:the |for )?{re.escape(kinds[0][1])}\s*[?.!]*", text.strip())
    if not tree.args.get("group") and not only_kind:
        return None
    # "pods older than a week" … "and deployments?", "deploys not ready" … "what about statefulsets":
    # the same filters, when the other kind has such columns, holding such values
    carries = used <= {c.name for c in other.columns}
    if tree.args.get("group") and not carries:
        return None  # the other kind has no such column to group or filter by
    if not tree.args.get("group") and not (carries and _same_meaning(tr, tree, source.name, other)):
        return _asked_of(tr, question, source.name, kinds[0][1], tree, other.name)
    new = tree.copy()
    new.find(exp.Table).set("this", exp.to_identifier(other.name))
    if source.name in aliases:  # "count(*) AS secrets … ORDER BY secrets": named after the kind now asked
        for alias in new.find_all(exp.Alias):
            if alias.alias == source.name:
                alias.set("alias", exp.to_identifier(other.name))
        for column in new.find_all(exp.Column):
            if column.name == source.name and not column.table:
                column.set("this", exp.to_identifier(other.name))
    own = {"containers": ["pod", "name"], "events": ["object", "reason"]}.get(other.name)
    shown = {e.alias_or_name for e in new.expressions}
    if own and not tree.args.get("group") and shown <= {"namespace", "name"}:
        # "and the containers?" after pods here: each container told apart by its pod, as asked alone
        ident = ["namespace", *own] if "namespace" in shown else own
        new.set("expressions", [exp.column(c) for c in ident])
    return new.sql(dialect="duckdb")


def _asked_of(tr: OfflineTranslator, question: str | None, was: str, word: str, tree: Any, table: str) -> str:
    """ "failed jobs" … "and pods?": the earlier question asked of the other kind ("failed pods");
    declined when it does not read so, rather than the other kind listed unfiltered."""
    said = [k for k in tr.find_kinds(question or "") if k[2] == was]
    if question and said:
        asked = question[: said[0][0]] + word + question[said[0][0] + len(said[0][1]) :]
        sql = tr._parse(asked, asked, _namespace_of(tree))[0]
        new = sqlglot.parse_one(sql, read="duckdb") if sql and " JOIN " not in sql else None
        # some filter besides the namespace read again: "not running" is no deployment's
        if new is not None and any(columns_of([c]) - {"namespace"} for c in _conjuncts(new)):
            return sql

        # "crashlooping pods" … "what about deployments?": the deployments those pods belong to
        lead = r"^(?:(?:show|list|get|find|give)(?: me)?|(?:which|what|any)(?: are)?)(?: all| the| any)?\s+"
        related = f"{word} with {rx.sub(lead, '', question.strip(' ?.!'))}"
        sql = tr._parse(related, related, _namespace_of(tree))[0]
        if sql and " JOIN " in sql and f" FROM {table} " in sql:
            return sql
    if not any(columns_of([c]) - _SHARED for c in _conjuncts(tree)):
        # "jobs in batch, with status" … "what about cronjobs?": no filter but the place, which any kind
        # has; only a column shown that the other kind lacks
        ns = _namespace_of(tree)
        asked = f"{word} in {ns}" if ns else word
        sql = tr._parse(asked, asked, ns)[0]
        if sql:
            return sql
    raise Declined(
        f"The previous question's filters do not read the same on {table}; ask about {table} in full, "
        "with the filters you mean."
    )


def _same_meaning(tr: OfflineTranslator, tree: Any, was: str, other: Any) -> bool:
    """The previous filters read the same on the other kind: "deploys not ready" … "and statefulsets?"
    (ready_replicas < desired on both), not "failed jobs" … "and pods?" (no pod's status is 'Failed')."""
    from sqlglot import exp

    for column in tree.find_all(exp.Column):
        if column.name in _SHARED:
            continue
        if slots.column_type(tr.catalog[was], column.name) != slots.column_type(other, column.name):
            return False  # nodes' ready is a flag, pods' a "1/1" text
        compared = column.parent
        if isinstance(compared, (exp.Select, exp.Ordered, exp.Group)):
            continue  # a column shown or sorted on, compared with nothing
        said = [v.this for v in compared.find_all(exp.Literal) if v.is_string] if compared else []
        known = tr.grounding.values(other.name, column.name) if tr.grounding is not None else frozenset()
        patterns = [re.escape(v).replace("%", ".*").replace("_", ".") for v in said]
        if said and not all(any(re.fullmatch(p, k) for k in known) for p in patterns):
            return False  # a value the other kind's column never holds
    return True


def _other_state(tr: OfflineTranslator, text: str, tree: Any) -> str | None:
    """ "and the failed ones?" after completed jobs: the same question with the state said instead."""
    from sqlglot import exp

    said = rx.fullmatch(
        r"(?:and|what about|how about|now|then)\s+(?:the\s+)?([\w\- ]+?)(?:\s+ones?)?(?:\s+instead)?",
        text.strip(" ?.!"),
    )
    source = tree.find(exp.Table)
    if not said or source is None or source.name not in tr.catalog.names() or tree.args.get("joins"):
        return None
    conds, _ = tr._conditions(source.name, said.group(1), [])
    before = columns_of(_conjuncts(tree))
    if not conds or not columns_of(conds) <= before:
        return None  # a filter of its own, not a state in place of the one said before
    return _filtered(tree, conds).sql(dialect="duckdb")


def _swapped_value(tr: OfflineTranslator, tree: Any, word: str) -> str | None:
    """The previous query with one filtered value swapped for another of the same column: the word is
    that value, or its last part ("1b" for zone us-east-1b, after us-east-1a)."""
    from sqlglot import exp

    source = tree.find(exp.Table)
    if tr.grounding is None or source is None or source.name not in tr.catalog.names():
        return None
    for eq in tree.find_all(exp.EQ):
        column, value = eq.this, eq.expression
        if not (isinstance(column, exp.Column) and isinstance(value, exp.Literal) and value.is_string):
            continue
        if column.name in ("namespace", "name", "node"):
            continue  # swapped by their own rules
        values = tr.grounding.all_values(source.name, column.name)
        found = [v for v in values if v.lower() == word or v.lower().endswith("-" + word)]
        if len(found) == 1 and found[0] != value.this:
            new = tree.copy()
            for other in new.find_all(exp.EQ):
                if other.this == column and other.expression == value:
                    other.set("expression", exp.Literal.string(found[0]))
            return new.sql(dialect="duckdb")
    return None


def _named_namespace(tr: OfflineTranslator, text: str, current: str | None) -> tuple[str | None, str]:
    """The namespace a follow-up names, the asker's own when it says "here" or "my namespace", and
    the text without it; unlike a fresh question, a follow-up that names none keeps the previous one."""
    ns, rest = tr._namespace(text, None)
    here = (
        r"\b(?:(?:in|from|within|inside) )?(?:the )?(?:this|my|current|our) (?:namespace|ns)\b"
        r"|\b(?:here|mine)\b"
    )
    if ns is None and current and rx.search(here, text):
        return current, rx.sub(here, " ", text)
    return ns, rest


def _reshape(tr: OfflineTranslator, text: str, tree: Any, current: str | None = None) -> str | None:
    """Follow-ups that regroup, reorder or widen the previous answer, for any table.

    "break that down by namespace", "newest first", "sort them by max replicas", "and their images?"
    """
    from sqlglot import exp

    source = tree.find(exp.Table)
    if source is None or source.name not in tr.catalog.names() or tree.args.get("joins"):
        return None
    table = tr.catalog[source.name]
    columns = {c.name for c in table.columns}
    words = len(text.split())
    top = rx.search(rf"\b(?:top|first|only|just|bottom)\s+(?:the\s+)?(?:top\s+|first\s+)?{NUMW}\b", text) or (
        tree.args.get("limit")
        and rx.match(rf"(?:make it|change it to|show|give me)\s+(?:the\s+)?(?:top\s+)?{NUMW}\b", text)
    )  # "make it 10": the same top-N, resized
    measure = _aggregate(tree)
    aged = r"\b(?:newest|latest|most recent|youngest|oldest)\b"  # "just the oldest 3": by age, read below
    if top and number(top.group(1)) and top.group(1) not in ("a", "an") and words <= 6 and not (
        "created" in columns and rx.search(aged, text)
    ):
        new = tree.copy()
        if measure is not None and not new.args.get("order"):  # "only the top 3" of a count per namespace
            least = rx.search(r"\b(bottom|least|fewest|smallest|lowest)\b", text)
            new = new.order_by(f"{measure} {'ASC' if least else 'DESC'}", copy=False)
        elif not new.args.get("order") and not new.args.get("group"):
            # "top 3 by count", "top 3" of events: ranked as the question alone would be, not cut anywhere
            found = slots.sort_column(text, table)
            if not found and source.name == "events" and rx.search(TOP_EVENTS, text):
                found = ("count", True)
            # "pods with restarts" … "top 3": ranked by the one amount that picked them
            where = new.args.get("where")
            compared = [c.this.name for c in where.find_all(exp.GT)] if where is not None else []
            compared = [c for c in compared if slots.column_type(table, c) in ("int", "float")]
            if not found and len(set(compared)) == 1 and not rx.search(r"\b(?:first|any)\b", text):
                found = (compared[0], True)
            # "deployments with replica counts" … "top 3": ranked by the one amount shown
            amounts = [
                e.alias_or_name for e in new.expressions
                if isinstance(e, exp.Column) and slots.column_type(table, e.name) in ("int", "float")
            ]
            if not found and len(amounts) == 1 and rx.search(r"\btop\b", text):
                found = (amounts[0], not rx.search(r"\b(bottom|least|fewest|smallest|lowest)\b", text))
            if found:  # shown too, as the question alone shows what it ranks by
                if found[0] not in {c.alias_or_name for c in new.expressions}:
                    new = new.select(found[0], copy=False)
                new = new.order_by(f"{found[0]} {'DESC' if found[1] else 'ASC'}", copy=False)
            elif rx.search(r"\b(?:top|bottom)\b", text):  # "make it the top 3" of an unranked list
                raise Declined(
                    f"The previous answer is not ranked, so its top {top.group(1)} would be any "
                    f"{top.group(1)}; say by what (\"top {top.group(1)} by age\")."
                )
        return new.limit(number(top.group(1)), copy=False).sql(dialect="duckdb")
    if measure is not None and rx.fullmatch(_SORT_ONLY, text.strip(" ?.!")):  # "sort that descending"
        asc = rx.search(r"\b(asc\w*|smallest|least|fewest|lowest)\b", text)
        new = tree.copy()
        new.set("order", None)
        return new.order_by(f"{measure} {'ASC' if asc else 'DESC'}", copy=False).sql(dialect="duckdb")
    narrowed = _narrow(tr, text, tree, table, current)
    if narrowed is not None:
        tree = narrowed
    if rx.search(r"^(just|only)\b.*\bnames\b|^(?:the )?names? only\b", text) and not narrowed:  # "names only"
        new = tree.copy()
        # "just the pod names" of containers: the column naming that kind, each once
        whose = rx.search(r"\b(pod|node|namespace)s?(?:'s?)? names\b", text)
        column = whose.group(1) if whose and whose.group(1) in columns else None
        column = None if table.name == f"{column}s" else column
        new.set("expressions", [exp.column(column or "name")])
        if column:
            new.set("distinct", exp.Distinct())
        return new.sql(dialect="duckdb")
    picked = _picked_columns(text, table) if not narrowed else None
    if picked:  # "just name and capacity": those columns and no others
        new = tree.copy()
        new.set("expressions", [exp.column(c) for c in picked])
        return new.sql(dialect="duckdb")
    where = tree.args.get("where")
    said = {c.name for c in where.find_all(exp.Column)} if where is not None else set()
    if (
        source.name == "events"
        and said & {"reason", "involved_name"}
        and rx.search(r"\bhow many times\b|\boccurrences?\b|\brepeats\b|\bin total\b", text)
    ):  # "how many times in total" of a reason's events: each event's count of repeats, added up
        new = tree.copy()
        for key in ("order", "limit", "distinct", "group"):
            new.set(key, None)
        new.set("expressions", [sqlglot.parse_one("sum(count)", read="duckdb")])
        return new.sql(dialect="duckdb")
    mean = rx.search(r"\b(average|avg|mean)\b", text)
    amounts = [
        m.column for m in slots.find_columns(text, table)
        if slots.column_type(table, m.column) in ("int", "float")
    ] if mean and not _aggregate(tree) else []
    if len(set(amounts)) == 1 and words <= 9:  # "average restarts?" of those: one amount over the rows listed
        new = tree.copy()
        for key in ("order", "limit", "distinct", "group"):
            new.set(key, None)
        new.set("expressions", [sqlglot.parse_one(f"avg({amounts[0]})", read="duckdb")])
        return new.sql(dialect="duckdb")
    summed = _summed(text, table)
    # "how much storage do they ask for?" is each one's amount; "how much is that", "… in total" one sum
    each = rx.search(r"\b(?:they|them|each)\b", text)
    totalled = rx.search(r"\b(total|sum|combined|altogether|together|between them|add(?:ed)? up)\b", text)
    if summed is not None and each and not totalled:
        text = rx.sub(r"\bhow much\b", "what", text)  # read below as a column asked of each
    if summed is not None and (totalled or rx.search(r"\bhow much\b", text)):
        new = tree.copy()  # "total cpu of those?": an amount over the previous answer's rows
        for key in ("order", "limit", "distinct", "group"):
            new.set(key, None)
        new.set("expressions", [sqlglot.parse_one(f"sum({summed})", read="duckdb")])
        return new.sql(dialect="duckdb")
    if (
        (words <= 6 or narrowed is not None)
        and rx.search(r"\b(how many|just the number|the number|count( them| those)?|total)\b", text)
        # "just the ones with count over 100": the events' count column compared, a filter
        and not rx.search(r"\bcount\s*(?:[<>=]|over|above|under|below|more|less|greater|of at least)", text)
        and not rx.search(r"\b(sort|order|rank)(?:ed)?\b|" + _BY, text)
        and not rx.search(r"\bhow many \w+(?: \w+)? (?:does|do|did) (?:each|they|it|those)\b", text)
    ):
        new = tree.copy()
        for key in ("order", "limit", "distinct", "group"):
            new.set(key, None)
        new.set("expressions", [_count_of(tree)])
        there = _named_namespace(tr, text, current)[0] if narrowed is None else None
        if there and there != _namespace_of(tree):  # "and how many are in staging?": counted there
            new = _in_namespace(new, there)
        return new.sql(dialect="duckdb")
    drop = rx.search(
        r"\b(exclude|excluding|without|leave out|leaving out|except|skip|ignore|drop|minus|not in|"
        r"outside(?: of)?)\b",
        text,
    )
    hidden = _hidden_columns(text, tree, table)
    if hidden:  # "drop the message column", "hide the reason"
        new = tree.copy()
        new.set("expressions", [e for e in new.expressions if e.alias_or_name not in hidden])
        return new.sql(dialect="duckdb")
    owned = r"\b(?:who|what|which \w+) owns? (?:them|those|it|these)\b|\b(?:their|its) owners?\b"
    owners = rx.search(owned, text)
    if owners and {"owner_kind", "owner_name"} <= columns and not _aggregate(tree):
        shown = {e.alias_or_name for e in tree.expressions}
        added = [c for c in ("owner_kind", "owner_name") if c not in shown]
        return tree.copy().select(*added, copy=False).sql(dialect="duckdb") if added else None
    if drop and "namespace" in columns and tr.grounding is not None:
        names = [
            w for w in rx.findall(r"[a-z0-9][a-z0-9\-]*", text[drop.end() :]) if w in tr.grounding.namespaces
        ]
        if names:
            cond = (
                f"namespace <> {quote(names[0])}"
                if len(names) == 1
                else f"namespace NOT IN ({', '.join(map(quote, names))})"
            )
            return tree.copy().where(cond, copy=False, dialect="duckdb").sql(dialect="duckdb")
    if drop and narrowed is None:  # "leave out the Running ones": the previous answer less those
        conds, _ = tr._conditions(table.name, text[drop.end() :], [])
        if conds:
            return tree.copy().where(*(f"NOT ({c})" for c in conds), copy=False).sql(dialect="duckdb")
    by = rx.search(_BY, text)
    if by and rx.search(r"break|split|group|count|per|instead|by|how many", text):
        named = rx.findall(_DIMENSION, text[by.start() :])  # each one named: "per namespace and reason"
        # (a cluster-scoped kind's namespace column is always empty: "per namespace" is not its)
        dims = [
            d for d in dict.fromkeys(DIMS.get(w, w) for w in named)
            if d in columns and (d != "namespace" or table.namespaced)
        ]
        group = tree.args.get("group")
        before = [g.sql(dialect="duckdb") for g in (group.expressions if group else [])]
        if rx.search(r"\b(too|also|as well|further)\b", text):  # "split that by reason too": both
            dims = [*before, *(d for d in dims if d not in before)]
        if dims:
            new = tree.copy()
            new.set("order", None)
            new.set("limit", None)
            new.set("distinct", None)
            new.set("group", None)
            new.set("expressions", [*(exp.column(d) for d in dims), exp.Count(this=exp.Star())])
            new = new.group_by(*dims, copy=False)
            dim = dims[-1]
            if dim == "node" and _namespace_of(tree) is None:  # across the cluster: the pods placed
                new = new.where("node IS NOT NULL", copy=False, dialect="duckdb")
            return new.sql(dialect="duckdb")
    aged = rx.search(r"\b(newest|latest|most recent|youngest|recently created|oldest)\b", text)
    if aged and "created" in columns:
        newest = "last_seen DESC" if table.name == "events" else "created DESC"  # as new as it last happened
        new = tree.copy()
        new.set("order", None)  # the order asked now replaces the one before
        new = new.order_by("created ASC" if aged.group(1) == "oldest" else newest, copy=False)
        word = aged.group(1)
        n = rx.search(rf"(?<![\w-]){NUMW}\s+{word}\b|\b{word}\s+(?:ones?\s+)?{NUMW}\b", text)
        count = number(next(g for g in n.groups() if g)) if n else None
        one = r"(?:and )?(?:which|what)(?: one)? (?:is|was)\b|(?:and )?(?:which|what) one\b|\bthe \w+ one\b"
        if count is None and rx.match(one, text) and not rx.search(r"\b(?:ones|are|were)\b", text):
            count = 1  # "which one is the oldest?": that one
        return (new.limit(count, copy=False) if count else new).sql(dialect="duckdb")  # "newest 3"
    ranked = rx.fullmatch(_RANK_FIRST, text.strip(" ?.!"))
    if ranked and measure is not None:  # "largest first" after a sum per namespace: ranked by that sum
        new = tree.copy()
        new.set("order", None)
        desc = ranked.group(1) not in _LEAST
        return new.order_by(f"{measure} {'DESC' if desc else 'ASC'}", copy=False).sql(dialect="duckdb")
    reverse = r"(?:and |now |ok,? |then )?(?:reverse|flip|invert)(?: the| that| its| it)?"
    reverse += r"(?: order| sort(?:ing)?)?|"
    reverse += r"(?:the )?other way(?: a?round)?|(?:in )?reverse(?: order)?|upside down"
    if tree.args.get("order") and rx.fullmatch(reverse, text.strip(" ?.!")):
        # "reverse the order": each key sorted the other way, the same rows kept
        new = tree.copy()
        for key in new.args["order"].expressions:
            key.set("desc", not key.args.get("desc"))
            key.set("nulls_first", None)
        return new.sql(dialect="duckdb")
    if ranked and not tree.args.get("group"):
        # "longest first", "biggest first": the column the word names, else the one amount shown
        found = slots.sort_column(text, table)
        shown = [
            e.alias_or_name
            for e in tree.expressions
            if slots.column_type(table, e.alias_or_name) in ("int", "float", "interval")
        ]
        column = found[0] if found else shown[0] if len(shown) == 1 else None
        if column:
            desc = ranked.group(1) not in _LEAST
            new = tree.copy().order_by(f"{column} {'DESC' if desc else 'ASC'}", copy=False)
            return new.sql(dialect="duckdb")
    counted = len(tree.expressions) == 1 and isinstance(tree.expressions[0], exp.Count)
    if counted and not tree.args.get("group") and rx.fullmatch(
        r"(?:and |ok,? |so )?(?:which(?: ones?)?|what are they|which are they|list them|show(?: me)? them|"
        r"name them|what are (?:they|those)|who are they)",
        text.strip(" ?.!"),
    ):  # "how many pods here?" … "which ones?": the rows counted, listed
        ident = {"containers": ["pod", "name"], "events": ["object", "reason"]}.get(table.name, ["name"])
        if table.namespaced and _namespace_of(tree) is None:
            ident = ["namespace", *ident]
        new = tree.copy()
        new.set("expressions", [exp.column(c) for c in ident])
        return new.sql(dialect="duckdb")
    which = r"(?:and )?(?:which|what)(?: ones?| of (?:them|those|these))? "
    most = rx.match(
        which + r"(?:has|have|had|uses?|requests?|asks? for|wants?|got|gets?|is|are)(?: the)? "
        r"(most|fewest|least|highest|lowest|biggest|largest|smallest)\b",
        text,
    )
    grouped = tree.args.get("group")
    found = slots.sort_column(text[most.end() :], table) if most and not grouped else None
    lasted = rx.fullmatch(
        which + r"(?:ran|run|runs|took|lasted|(?:has|have) been running|(?:is|are|was|were) running)"
        r"(?: for)?(?: the)? (longest|shortest)(?: time)?",
        text.strip(" ?.!"),
    )
    if lasted and not grouped and not found:  # "which one ran the longest?" of jobs: by their duration
        found = slots.sort_column(lasted.group(1), table)
        most = lasted if found else most
    restarted = rx.match(which + r"restarted (?:the )?most", text)
    if restarted and "restarts" in columns and not tree.args.get("group"):
        most, found = restarted, ("restarts", True)  # "which ones restarted most?"
    if most and found and narrowed is None:
        # "which ones have the most restarts?" after pods here: those ranked by it, the amount shown
        least = most.lastindex is not None and most.group(1) in _LEAST
        if rx.search(r"\bmost replicas\b", text) and "desired" in columns:
            found = ("desired", True)
        new = tree.copy()
        new.set("order", None)
        new = new.order_by(f"{found[0]} {'ASC' if least else 'DESC'}", copy=False)
        if found[0] not in {e.alias_or_name for e in new.expressions}:
            new = new.select(found[0], copy=False)
        one = r"(?:and )?(?:which|what) (?:one\b|(?:of (?:them|those|these) )?"
        one += r"(?:has|is|uses|requests|wants|gets)\b)"
        if rx.match(one, text):  # "which one has the most?", "which of them has the most?": that one
            new = new.limit(1, copy=False)
        return new.sql(dialect="duckdb")
    if rx.search(r"\b(sort|order|rank)", text):
        found = slots.sort_column(text, table)
        if found:
            column, desc = found
            # "sort them by cpu" after nodes with their allocatable cpu: the cpu amount shown, not another
            shown = [e.alias_or_name for e in tree.expressions]
            measure = column.split("_")[0]
            alike = [c for c in shown if measure in ("cpu", "memory") and c.split("_")[0] == measure]
            column = alike[0] if column not in shown and len(alike) == 1 else column
            newest = r"\b(?:desc\w*|newest|latest|most recent|youngest)\b"
            if column == "created" and not rx.search(newest, text):
                desc = False  # "sorted by creation time": oldest first, as kubectl --sort-by sorts it
            new = tree.copy().order_by(f"{column} {'DESC' if desc else 'ASC'}", copy=False)
            return new.sql(dialect="duckdb")
    timed = rx.match(r"(?:and |so )?(?:when|at what time|how old|how long)\b", text)
    back = rx.search(r"\b(they|them|their|it|its)\b", text)
    if timed and back and narrowed is None and not _aggregate(tree):
        # "when did they last restart?", "how old are they?": the previous rows with that time
        probe = Parse(table=table.name)
        asked_time(probe, text, table)
        if not probe.extra and "schedule" in columns and rx.search(
            r"\bwhen (?:do|does|will|would) (?:they|it|those|these) (?:run|fire|trigger|execute|go off)\b",
            text,
        ):  # "when do they run?" of cron jobs: their schedules
            probe.extra = ["schedule"]
        if not probe.extra and timed.group(0).endswith("how long"):  # "how long have they been pending?"
            probe.extra = [m.column for m in slots.find_columns(text, table)][:1] or ["age"]
        shown = {e.alias_or_name for e in tree.expressions}
        added = [c for c in probe.extra if c in columns and c not in shown]
        if added:
            return tree.copy().select(*added, copy=False).sql(dialect="duckdb")
    added = r"\b(their|its|what|which|with|and|show|plus|also|each|how many|sizes?|include|including)\b"
    beside = rx.search(r"(?:,\s*|\s)(?:with|and|plus|\+)\s+(?:their|its|the|when|what|how)\b", text)
    if narrowed is not None and beside and not _aggregate(tree):
        # "just the failed ones, with when they started": those, and what is asked beside them
        tail = text[beside.start() :]
        probe = Parse(table=table.name)
        asked_time(probe, tail, table)
        shown = {e.alias_or_name for e in tree.expressions}
        wanted = [c for c in probe.extra if c in columns]
        wanted = wanted or [m.column for m in slots.find_columns(tail, table)]
        wanted = [c for c in dict.fromkeys(wanted) if c not in shown and c not in ("name", "namespace")]
        if wanted:
            return tree.copy().select(*wanted, copy=False).sql(dialect="duckdb")
    if rx.search(added, text):
        shown = {e.alias_or_name for e in tree.expressions}
        wanted = [
            m.column
            for m in slots.find_columns(text, table)
            if m.column not in shown and m.column not in ("name", "namespace")
        ]
        if not wanted and rx.search(r"\bhow (?:big|large)\b|\bsizes?\b", text):  # "and how big are they?"
            wanted = [m.column for m in slots.find_columns("size", table)]
        restarted = any(rx.match(r"restarts\s*>", c) for c in _conjuncts(tree))
        if restarted and table.name == "containers":  # after restarted containers: how they last ended
            wanted = [f"last_{c}" if c in ("exit_code", "reason") else c for c in wanted]
            wanted = [c for c in wanted if c not in shown]
        aggregated = any(isinstance(e, exp.AggFunc) for e in tree.find_all(exp.AggFunc))
        if wanted and not narrowed and not aggregated:
            new = tree.copy()
            if rx.search(r"^(and )?(which|what) \w+ (is|are)\b.*\b(on|in)$", text.strip(" ?.!")):
                # "which nodes are those on?" asks for the node beside the names, and beside what picked
                # them ("restarts" after restarted pods; not the restarts they were only ranked by)
                where = new.args.get("where")
                picked = {c.name for c in where.find_all(exp.Column)} if where else set()
                ids = [e for e in new.expressions if e.alias_or_name in ("namespace", "name", *picked)]
                new.set("expressions", ids)
            wanted = [c + unit_of(c, text) for c in dict.fromkeys(wanted)]  # "… in GiB?"
            new = new.select(*(sqlglot.parse_one(c, read="duckdb") for c in wanted), copy=False)
            return new.sql(dialect="duckdb")
    return tree.sql(dialect="duckdb") if narrowed is not None else None


# "longest first", "and the biggest ones first": an order alone, by the column the word or the answer names
_RANK_FIRST = (
    r"(?:and |now |then |ok |show )?(?:(?:the|with the) )?(longest|shortest|biggest|largest|smallest|highest|"
    r"lowest|most|least|fewest|slowest|quickest|fastest)(?: ones?| [a-z ]+?)? (?:first|on top|at the top)"
)
_LEAST = {"shortest", "smallest", "lowest", "least", "fewest", "quickest", "fastest"}


_SORT_ONLY = (
    r"(?:and |now |then )?(?:sort|order|rank)(?:ed)?"
    r"(?: (?:it|that|this|them|those|the (?:list|result|counts?)))?"
    r"(?: (?:desc|descending|asc|ascending|biggest first|largest first|most first|smallest first|"
    r"highest first|lowest first|least first|fewest first))?(?: (?:please|pls))?"
)


def _picked_columns(text: str, table: Any) -> list[str] | None:
    """The columns of "just name and capacity", "only the name, status and age": each part one column."""
    said = rx.fullmatch(
        r"(?:(?:show|give me|list)\s+)?(?:just|only)\s+(?:the\s+|their\s+)?(.+?)|(.+?)\s+only",
        text.strip(" ?.!"),
    )
    if not said:
        return None
    joins = r"\s*(?:,\s*(?:and\s+)?|\band\b|&|\+)\s*(?:the\s+|their\s+)?"
    parts = re.split(joins, said.group(1) or said.group(2))
    picked = []
    for part in parts:
        part = part.strip()
        found = [m for m in slots.find_columns(part, table) if m.start == 0 and m.end == len(part)]
        column = "name" if part in ("name", "names") else found[0].column if found else None
        if column is None:
            return None
        picked.append(column)
    return list(dict.fromkeys(picked)) if len(picked) > 1 else None


def _aggregate(tree: Any) -> str | None:
    """The aggregate a grouped answer shows ("count(*)" of a count per namespace), or None."""
    from sqlglot import exp

    if not tree.args.get("group"):
        return None
    for e in tree.expressions:
        agg = e.find(exp.AggFunc)
        if agg is not None:
            return e.alias if e.alias else e.sql(dialect="duckdb")
    return None


def _count_of(tree: Any) -> Any:
    """What "how many?" counts of the previous answer: its rows, or the distinct values it listed
    ("images in payments" … "how many?": the images, not the containers running them)."""
    from sqlglot import exp

    if tree.args.get("distinct") and len(tree.expressions) == 1 and not tree.args.get("group"):
        return exp.Count(this=exp.Distinct(expressions=[tree.expressions[0].unalias().copy()]))
    return exp.Count(this=exp.Star())


def _shown_each(tr: OfflineTranslator, text: str, tree: Any, source: Any) -> str | None:
    """A column asked of each row listed: "how many restarts each?", "how long ago were they created?"."""
    if source is None or source.name not in tr.catalog.names() or tree.args.get("joins"):
        return None
    if tree.args.get("group") or _aggregate(tree) is not None:
        return None
    table = tr.catalog[source.name]
    wanted = None
    they = r"(?:they|those|these|them|it|each(?: one)?)"
    old = rf"(?:and )?how (?:long ago|old) (?:were|was|are|is) {they}(?: (?:created|made|started))?"
    if rx.fullmatch(old, text.strip(" ?.!")) and "age" in {c.name for c in table.columns}:
        wanted = "age"
    # "how many replicas is each one short?", "missing replica count per deploy": the gap of each
    if (
        {"desired", "ready_replicas"} <= {c.name for c in table.columns}
        and rx.search(r"\b(?:missing|short|behind|lacking|down)\b", text)
        and rx.search(r"\b(?:each|per|apiece|every one)\b", text)
    ):
        wanted = "desired - ready_replicas AS missing"
    each = rx.fullmatch(
        rf"(?:and )?how many ([a-z][a-z ]*?) "
        rf"(?:each|apiece|per (?:one|row)|(?:does|do) {they} (?:each )?have)",
        text.strip(" ?.!"),
    )
    if each:
        found = [m.column for m in slots.find_columns(each.group(1), table)
                 if m.start == 0 and m.end == len(each.group(1))]
        if found and slots.column_type(table, found[0]) in ("int", "float"):
            wanted = found[0]
    # "and their service accounts?", "which storage class do they use?": that field of each row, though
    # its words also name a kind
    field = rx.fullmatch(
        r"(?:and |also |plus |ok,? )?(?:show |what are |what'?s |what is |with )?"
        r"(?:their|its) ([a-z][a-z ]*?)"
        r"(?: too| also| as well)?",
        text.strip(" ?.!"),
    ) or rx.fullmatch(
        rf"(?:and )?(?:which|what) ([a-z][a-z ]*?) (?:do|does|did) {they} (?:each )?"
        r"(?:use|have|run (?:as|under|with)|request|mount|belong to)",
        text.strip(" ?.!"),
    )
    if field and wanted is None:
        found = [m.column for m in slots.find_columns(field.group(1), table)
                 if m.start == 0 and m.end == len(field.group(1))]
        if found and found[0] not in ("name", "namespace"):
            wanted = found[0]
    # "to which pvs?" after bound claims, "on which nodes?": the column each row names one by
    # (where they are, "which nodes?", is read below: each place once)
    to_which = rx.fullmatch(
        r"(?:and )?(?:to|from|for|of|under|with)? ?(?:which|what) ([a-z][a-z ]*?)"
        r"(?: (?:are|is) (?:they|it) (?:bound to|using|attached to))?",
        text.strip(" ?.!"),
    )
    named = tr.find_kinds(to_which.group(1)) if to_which and wanted is None else []
    named = [k for k in named if k[1] == to_which.group(1) and k[2] not in ("nodes", "namespaces")]
    ref = REFERENCES.get((source.name, named[0][2])) if named else None
    if ref is not None and not ref.listed and not ref.when:
        wanted = ref.column
    label = rx.fullmatch(  # "and their app label?", "add the app label": that label of each row
        r"(?:and |also |plus |ok,? )?(?:show |add |include |with )?(?:their|its|the) "
        r"([a-z0-9][\w./\-]*) labels?(?: values?)?(?: too| also| as well)?",
        text.strip(" ?.!"),
    )
    if wanted is None and label and label.group(1) in tr._label_keys(source.name):
        wanted = f"labels[{quote(label.group(1))}]"
    if wanted is None or wanted in {e.alias_or_name for e in tree.expressions}:
        return None
    return tree.copy().select(wanted, copy=False).sql(dialect="duckdb")


def _why_they(text: str, tree: Any, source: Any) -> str | None:
    """ "why were they evicted?", "why did they fail?", "failure reasons?": the rows listed, with the
    column that says why (not their events, which a bare "why?" reads)."""
    asked = rx.fullmatch(
        r"(?:and |so |ok,? )?(?:why (?:did|were|was|are|is|do|does|have|has) (?:they|those|these|it|them)\b.*"
        r"|(?:and )?(?:their |the |what are the |what were the )?(?:failure |eviction )?reasons?)",
        text.strip(" ?.!"),
    )
    # (not nodes: "why are they not ready?" after nodes is read as a question of its own)
    known = source is not None and asked and source.name != "nodes"
    why = lx.WHY_COLUMNS.get(source.name) if known else None
    if why is None or tree.args.get("joins") or tree.args.get("group") or _aggregate(tree) is not None:
        return None
    if why[0] not in columns_of(_conjuncts(tree)) or why[1] in {e.alias_or_name for e in tree.expressions}:
        return None
    return tree.copy().select(why[1], copy=False).sql(dialect="duckdb")


def _why_joined(text: str, tree: Any, source: Any) -> str | None:
    """ "why?", "why did they fail?" after pods found through another kind ("pods of failed jobs"): the
    events about those pods, as a bare "why?" shows them for pods listed alone."""
    from sqlglot import exp

    asked = rx.fullmatch(
        r"(?:and |so |ok,? )?why(?: (?:did|were|was|are|is|do|does|have|has) "
        r"(?:they|those|these|them|it)\b.*)?",
        text.strip(" ?.!"),
    )
    if not asked or source is None or source.name != "pods" or not tree.args.get("joins"):
        return None
    if tree.args.get("group") or tree.find(exp.AggFunc):
        return None
    inner = tree.copy()
    for key in ("order", "limit", "distinct"):
        inner.set(key, None)
    inner.set("expressions", [exp.column("uid", table=source.alias_or_name)])
    return (
        "SELECT e.namespace, e.involved_name, e.message FROM events e WHERE e.involved_kind = 'Pod' "
        f"AND e.involved_uid IN ({inner.sql(dialect='duckdb')})"
    )


def _hidden_columns(text: str, tree: Any, table: Any) -> set[str]:
    """Shown columns a follow-up asks to leave out: "drop the message column", "hide the reason"."""
    said = rx.search(r"\b(?:drop|hide|remove|without|leave out|skip|no need for|get rid of|lose)\b", text)
    if said is None:
        return set()
    # "drop the replicas, just the names": what follows "just" is kept
    after = re.split(r"[,;]?\s*\b(?:just|only|keep)\b", text[said.end() :])[0]
    shown = {e.alias_or_name for e in tree.expressions}
    named = {m.column for m in slots.find_columns(after, table)} & shown
    column_word = rx.search(r"\b(columns?|fields?)\b", after)
    rest = rx.sub(r"\b(the|columns?|fields?|and|please|pls|too|also)\b|[,?.!]", " ", after)
    for m in slots.find_columns(rest, table):
        rest = rest.replace(rest[m.start : m.end], " ")
    if named and (column_word or not rest.split()) and len(named) < len(shown):
        return named
    return set()


_DROP = r"\b(exclude|excluding|without|leave out|leaving out|except|skip|ignore|drop|minus|hide|"
_DROP += r"outside(?: of)?)\b"
_ADD = r"\b(add|their|its|with|and|show|plus|also|each|which|what|too)\b"


def _reshape_joined(tr: OfflineTranslator, text: str, tree: Any) -> str | None:
    """Follow-ups on a joined answer, each filter or column put on the table it belongs to: "only the ones
    that aren't running", "add the reclaim policy of each volume", "which zones are they in?"."""
    from sqlglot import exp

    if not tree.args.get("joins"):
        return None
    shown = [e.table for e in tree.expressions if isinstance(e, exp.Column)]
    tables = [(t.name, t.alias_or_name) for t in tree.find_all(exp.Table) if t.name in tr.catalog.names()]
    tables.sort(key=lambda t: t[1] not in shown)  # the tables the answer shows first
    drop = rx.search(_DROP, text)
    first = tables[0][1] if tables else None
    listed = tr.catalog[tables[0][0]] if tables else None
    grouped = tree.args.get("group") or any(tree.find_all(exp.AggFunc))
    if drop and first and listed.namespaced and tr.grounding is not None and not grouped:
        # "except kube-system" after pods on NotReady nodes: those rows left out
        said = rx.findall(r"[a-z0-9][a-z0-9\-]*", text[drop.end() :])
        names = [w for w in said if w in tr.grounding.namespaces]
        if names:
            cond = (
                f"{first}.namespace <> {quote(names[0])}"
                if len(names) == 1
                else f"{first}.namespace NOT IN ({', '.join(map(quote, names))})"
            )
            return tree.copy().where(cond, copy=False, dialect="duckdb").sql("duckdb")
    by = rx.search(_BY, text)
    if by and first and not grouped and rx.search(r"break|split|group|count|per|by|how many", text):
        # "how many per namespace?" after pods on NotReady nodes: the rows listed, counted per value
        held = {c.name for c in listed.columns}
        dims = [d for d in dict.fromkeys(DIMS.get(w, w) for w in rx.findall(_DIMENSION, text[by.start() :]))]
        dims = [d for d in dims if d in held and (d != "namespace" or listed.namespaced)]
        if dims:
            new = tree.copy()
            for key in ("order", "limit", "distinct", "group"):
                new.set(key, None)
            keys = [exp.column(d, table=first) for d in dims]
            new.set("expressions", [*keys, exp.Count(this=exp.Star())])
            return new.group_by(*(k.copy() for k in keys), copy=False).sql("duckdb")
    if rx.search(_NARROW, text) or drop:
        rest = text[drop.end() :] if drop else text
        for name, alias in tables:
            conds, _ = tr._conditions(name, rest, [])
            if conds:
                conds = [_qualified(f"NOT ({c})" if drop else c, alias) for c in conds]
                new = tree.copy().where(*conds, copy=False, dialect="duckdb")
                if rx.match(r"(?:and |so )?how many\b", text) and not drop:  # "how many are ready?": counted
                    for key in ("order", "limit", "distinct"):
                        new.set(key, None)
                    new.set("expressions", [exp.Count(this=exp.Star())])
                return new.sql("duckdb")
    if rx.search(_ADD, text):
        names = {e.alias_or_name for e in tree.expressions}
        found = [
            (m.end - m.start, -i, alias, m.column)
            for i, (name, alias) in enumerate(tables)
            for m in slots.find_columns(text, tr.catalog[name])
            if m.column not in names and m.column not in ("name", "namespace")
        ]
        if found:  # the longest phrase names the column: "reclaim policy of each volume", not "volume"
            _, _, alias, column = max(found)
            return tree.copy().select(f"{alias}.{column}", copy=False).sql("duckdb")
        pods = next((alias for name, alias in tables if name == "pods"), None)
        if pods is not None:
            return with_node_columns(text, tree, pods, tr)
    return None


def _those_nodes(tr: OfflineTranslator, text: str, tree: Any) -> str | None:
    """ "what zone are those nodes in?" after pods on NotReady nodes: the nodes, each once, with it."""
    from sqlglot import exp

    if not tree.args.get("joins") or tree.args.get("group") or any(tree.find_all(exp.AggFunc)):
        return None
    shown = [e.table for e in tree.expressions if isinstance(e, exp.Column)]
    tables = [(t.name, t.alias_or_name) for t in tree.find_all(exp.Table) if t.name in tr.catalog.names()]
    tables.sort(key=lambda t: t[1] not in shown)  # the tables the answer shows first
    first = tables[0][1] if tables else None
    nodes = next((alias for name, alias in tables if name == "nodes"), None)
    those = rx.search(r"\b(?:those|these|that|the|this) nodes?\b", text)
    if nodes and those and nodes != first:
        wanted = [
            m.column for m in slots.find_columns(text, tr.catalog["nodes"])
            if m.column not in ("name", "namespace")
        ]
        if wanted:
            new = tree.copy()
            for key in ("order", "limit"):
                new.set(key, None)
            cols = [exp.column(c, table=nodes) for c in dict.fromkeys(["name", *wanted])]
            new.set("expressions", cols)
            new.set("distinct", exp.Distinct())
            return new.sql("duckdb")
    return None


def _pods_as_p(tree: Any) -> Any:
    """A copy of a query on pods, the table aliased `p` and its columns put on it (a join to come)."""
    from sqlglot import exp

    new = tree.copy()
    new.find(exp.Table).set("alias", exp.TableAlias(this=exp.to_identifier("p")))
    for key in ("expressions", "where", "order"):
        part = new.args.get(key)
        for e in part if isinstance(part, list) else [part] if part is not None else []:
            qualify(e, "p")
    return new


def _nodes_of_listed_pods(tr: OfflineTranslator, text: str, tree: Any) -> str | None:
    """ "are their nodes ready?", "show those nodes' status" after crashlooping pods: each pod with that
    column of its node (not the pod's own READY or STATUS); "which of those nodes are ready?": the nodes
    the pods are on that are."""
    from sqlglot import exp

    source = tree.find(exp.Table)
    # (not "with their node and status": the pods' node, and their own status)
    said = rx.search(r"\b(?:their|those|these|the(?:ir)? same) (?:nodes'?|node's)(?!\w)", text)
    if (
        said is None
        or source is None
        or source.name != "pods"
        or tree.args.get("joins")
        or tree.args.get("group")
        or any(tree.find_all(exp.AggFunc))
    ):
        return None
    about = text[: said.start()] + " nodes " + text[said.end() :]
    new = _pods_as_p(tree)
    new.set("order", None)
    new.set("limit", None)
    if rx.search(r"\b(?:which|any|how many) of (?:those|these|their|the) nodes?\b", text):
        conds, _ = tr._conditions("nodes", about, [])
        if not conds:
            return None
        new = new.join("nodes n", on="n.name = p.node", copy=False)
        for cond in conds:
            new = new.where(_qualified(cond, "n"), copy=False)
        counted = rx.search(r"\bhow many\b", text)
        shown = "count(DISTINCT n.name)" if counted else "n.name"
        new.set("expressions", [sqlglot.parse_one(shown, read="duckdb")])
        new.set("distinct", None if counted else exp.Distinct())
        return new.sql("duckdb")
    nodes = tr.catalog["nodes"]
    wanted = [m.column for m in slots.find_columns(about, nodes) if m.column not in ("name", "namespace")]
    if not wanted:
        return None
    new = new.join("nodes n", on="n.name = p.node", copy=False)
    return new.select(*(f"n.{c}" for c in dict.fromkeys(wanted)), copy=False).sql("duckdb")


def _their_nodes(tr: OfflineTranslator, text: str, tree: Any) -> str | None:
    """ "what zone are their nodes in?" after crashlooping pods: each pod with that column of its node."""
    from sqlglot import exp

    source = tree.find(exp.Table)
    if (
        source is None
        or source.name != "pods"
        or tree.args.get("joins")
        or tree.args.get("group")
        or any(tree.find_all(exp.AggFunc))
        or not rx.search(r"\b(?:they|them|their|those|these|each)\b", text)
        or rx.search(_NARROW, text)
    ):
        return None
    own = {c.name for c in tr.catalog["pods"].columns}
    asked = [m.column for m in slots.find_columns(text, tr.catalog["nodes"]) if m.column not in own]
    theirs = [m for m in slots.find_columns(text, tr.catalog["pods"]) if m.column not in ("name", "node")]
    summed = rx.search(r"\b(?:total|sum|average|avg|mean|how much|how many|max\w*|min\w*)\b", text)
    if not asked or theirs or summed:
        return None  # "how much memory do they request?": the pods' own amount
    new = _pods_as_p(tree)
    return with_node_columns(text, new, "p", tr)


def with_node_columns(text: str, tree: Any, pods: str, tr: OfflineTranslator) -> str | None:
    """The pods' nodes joined in for a column only nodes have: "which zones are they in?"."""
    nodes = tr.catalog["nodes"]
    # (not "namespace": nodes have none, "(namespace data)" places the pods)
    skipped = ("name", "status", "namespace")
    wanted = [m.column for m in slots.find_columns(text, nodes) if m.column not in skipped]
    if not wanted:
        return None
    node = "n" if "n" not in {t.alias_or_name for t in tree.find_all(sqlglot.exp.Table)} else "node_"
    new = tree.copy().join(f"nodes {node}", on=f"{node}.name = {pods}.node", copy=False)
    return new.select(*(f"{node}.{c}" for c in dict.fromkeys(wanted)), copy=False).sql("duckdb")


def _qualified(cond: str, alias: str) -> str:
    """`cond` with its bare columns put on `alias` ("status <> 'Running'" → "p.status <> 'Running'")."""
    from sqlglot import exp

    tree = sqlglot.parse_one(cond, read="duckdb")
    for column in tree.find_all(exp.Column):
        if not column.table:
            column.set("table", exp.to_identifier(alias))
    return tree.sql("duckdb")


def _group_with_most(text: str, tree: Any, columns: set[str]) -> str | None:
    """ "which namespace has the most?" after a list: its rows counted per namespace, the top one (or,
    after a count per namespace, that count's top one)."""
    from sqlglot import exp

    most = rx.fullmatch(
        r"(?:and )?(?:which|what)(?:\s+(namespace|ns|node|object|reason|kind|status|image|zone|region|phase|"
        r"type|instance type|storage class|service account|qos class)s?|\s+one)?\s+"
        r"(?:has|have|had|got|gets|holds?|with|sees?|saw|is|runs?)\s+(?:the\s+)?(most|fewest|least)\b"
        r"(?:\s+(?:of\s+)?(?:them|those|ones))?",
        text.strip(" ?.!"),
    )
    word, amount = (most.group(1), most.group(2)) if most else (None, None)
    dims = r"(namespace|ns|node|object|reason|kind|status|image)s?"
    common = rx.fullmatch(
        r"(?:and )?(?:(?:what|which)(?:'s| is| are| was)?\s+)?(?:the\s+)?(most|least)\s+"
        rf"(?:common|frequent|usual)\s+{dims}(?:\s+(?:of|among)\s+(?:them|those|these))?",
        text.strip(" ?.!"),
    ) or rx.fullmatch(
        rf"(?:and )?(?:which|what) {dims} (?:is|was) (?:the )?(most|least) (?:common|frequent|usual)",
        text.strip(" ?.!"),
    )  # "what's the most common reason?": the value the rows hold most often
    if common and not most:
        said = [g for g in common.groups() if g]
        amount = "most" if "most" in said else "fewest"
        word = next(g for g in said if g not in ("most", "least"))
    top = rx.fullmatch(
        rf"(?:and )?(?:(?:what|which)(?:'s| is)?\s+)?(?:the\s+)?(?:top|biggest|busiest)(?:\s+one|\s+{dims})?",
        text.strip(" ?.!"),
    )  # "top reason?" after warnings counted by reason: the group counted most
    if top and not most and not common:
        amount, word = "most", top.group(1)
    group = tree.args.get("group")
    measure = _aggregate(tree)
    # "warnings per namespace" … "which has the most?": the group counted, whatever it is
    dim = DIMS.get(word, word) if word else None
    if amount and dim is None and group and measure and len(group.expressions) == 1:
        dim = group.expressions[0].sql(dialect="duckdb")
    if not amount or dim not in columns or tree.args.get("joins"):
        return None
    desc = "DESC" if amount == "most" else "ASC"
    if group or measure:
        if measure is None or [g.sql(dialect="duckdb") for g in group.expressions] != [dim]:
            return None
        new = tree.copy()
        new.set("order", None)
        return new.order_by(f"{measure} {desc}", copy=False).limit(1, copy=False).sql(dialect="duckdb")
    where = tree.args.get("where")
    fixed = where is not None and any(c.name == "namespace" for c in where.find_all(exp.Column))
    keys = ["namespace", dim] if dim == "object" and not fixed else [dim]  # an object's name is per namespace
    new = tree.copy()
    for key in ("order", "limit", "distinct"):
        new.set(key, None)
    new.set("expressions", [*(exp.column(k) for k in keys), exp.alias_(exp.Count(this=exp.Star()), "n")])
    new = new.group_by(*keys, copy=False)
    if dim == "node":
        new = new.where("node IS NOT NULL", copy=False, dialect="duckdb")
    return new.order_by(f"n {desc}", copy=False).limit(1, copy=False).sql(dialect="duckdb")


# A dimension the previous answer is regrouped by: "break that down by namespace", "how many of each reason?"
_DIMENSION = (
    r"\b(instance type|storage class|qos class|namespace|ns|node|status|state|phase|type|reason|zone|kind)\b"
)
_BY = r"\b(?:by|per|for each|each)\s+(?:the\s+)?" + _DIMENSION.removeprefix(r"\b")
_EVERYWHERE = r"\b(all|every|each|other|all the|all of the) (namespaces?|ns)\b|cluster[- ]wide|\bacross\b"
_EVERYWHERE += r"|\beverywhere\b"
_EVERYWHERE += "|" + ALL_NAMESPACES  # "in the cluster", as normalised
_FILLERS = ("ones", "one", "for", "ns", "thing", "things", "same", "too", "also")

# "which of those …", "only the … ones", "narrow that down to …": the previous answer filtered further
_NARROW = (
    r"\b(which|any|how many|what|all|some|none) of (those|them|these|the above)\b|"
    r"^(only|just|narrow|filter|keep)\b|\bnarrow\w* (it|that|this|them|those)? ?(down)?\b|"
    r"\b(ones|those|them) (that|which|who|on|with|in)\b|^(and )?(the )?ones\b|^(?:and )?any (?:that|which)\b|"
    r"^(?:and )?(which|what) (ones )?"
    r"(are|is|have|has|were|got|aren'?t|isn'?t|haven'?t|hasn'?t|don'?t|doesn'?t)\b|"
    r"^(?:and )?how many (?:of them )?"
    r"(?:are|were|have|has|aren'?t|weren'?t|haven'?t|hasn'?t|don'?t|did)\b(?! there\b)|"
    r"^(?:and )?which ones\b|\bamong (?:them|those|these)\b|"
    r"\b(only|just)[?.!]*$|^(and )?(in|from|within) the (last|past)\b"  # "in the last hour only"
)


def _summed(text: str, table: Any) -> str | None:
    """The amount a follow-up adds up: "total cpu of those?" (allocatable on nodes, requested on pods)."""
    mentions = slots.find_columns(text, table)
    found = [m.column for m in mentions if slots.column_type(table, m.column) == "float"]
    if not found and rx.search(r"\b(?:in total|total|sum|altogether|combined)\b", text):
        # "how many restarts in total?"
        found = [m.column for m in mentions if slots.column_type(table, m.column) == "int"]
    if not found:
        return None
    if len(found) == 1 and found[0].endswith("_capacity") and not rx.search(r"capacity", text):
        allocatable = found[0].replace("_capacity", "_allocatable")  # what pods can use, unless asked
        if allocatable in {c.name for c in table.columns}:
            return allocatable
    return found[0]


def _narrow(tr: OfflineTranslator, text: str, tree: Any, table: Any, current: str | None) -> Any:
    """The previous query with the filters `text` adds ("which of those aren't ready?"), or None."""
    import sqlglot

    if not rx.search(_NARROW, text):
        return None
    ns, rest = _named_namespace(tr, text, current)
    others = tr._more_namespaces(text, ns) if ns else []
    for other in others:  # "just payments and data": the namespaces, not filters of their own
        rest = rx.sub(r"\b" + re.escape(other) + r"\b", " ", rest)
    places = [ns, *others] if ns else []
    conds, _ = tr._conditions(table.name, rest, places)
    positive = negation.unsaid(rest)
    if conds and positive is not None and tr._conditions(table.name, positive, places)[0] == conds:
        # "which of them aren't Bound?": the filters read past the "not", put back negated
        conds = [f"NOT ({' AND '.join(conds)}) IS TRUE"]
    node = tr._node(rest) if "node" in {c.name for c in table.columns} else None
    if node and not any(c.startswith("node ") for c in conds):
        # "just cp-1": the node, not also the static pods it owns (their owner is the node, by name)
        conds = [c for c in conds if c != f"owner_name = {quote(node)}"]
        conds.append(f"node = {quote(node)}")
    have = _conjuncts(tree)
    conds = [c for c in conds if sqlglot.parse_one(c, read="duckdb").sql(dialect="duckdb") not in have]
    if others:  # those namespaces, each still told apart
        conds.append(f"namespace IN ({', '.join(quote(n) for n in [ns, *others])})")
        return _filtered(tree, conds)
    if ns:
        conds.append(f"namespace = {quote(ns)}")
    if not conds:
        return None
    new = _filtered(tree, conds)
    return _in_namespace(new, ns) if ns else new


def _filtered(tree: Any, conds: list[str]) -> Any:
    """`tree` with `conds` added; one on a column already filtered replaces that filter ("and pending?").
    The namespace a condition fixes is no longer shown ("only team-b"); other columns stay as they were
    ("only the BackOff ones" still shows the reason, as every question before showed it)."""
    from sqlglot import exp

    # a subquery's filter ("NOT EXISTS (… b.namespace = e.namespace …)") is a relation, never replaced
    said = _filtered_fields(conds)
    kept = [c for c in _conjuncts(tree) if rx.search(r"\bSELECT\b", c) or not _filtered_fields([c]) & said]
    new = tree.copy()
    new.set("where", None)
    fixed = {"namespace"} & {m.group(1) for c in conds if (m := rx.fullmatch(r"(\w+) = '[^']*'", c))}
    shown = [e for e in new.expressions if not (isinstance(e, exp.Column) and e.name in fixed)]
    if shown and len(shown) < len(new.expressions) and not new.find(exp.AggFunc):
        new.set("expressions", shown)
    return new.where(*kept, *conds, copy=False, dialect="duckdb")


def _filtered_fields(conds: list[str]) -> set[str]:
    """The columns `conds` filter, a map's by its key: "team=web" then "environment=production" are two."""
    keys = {f"{m.group(1)}[{m.group(2)}]" for c in conds for m in rx.finditer(r"(\w+)\['([^']*)'\]", c)}
    mapped = {k.split("[")[0] for k in keys}
    return keys | (columns_of(conds) - mapped)


# "not just warnings", "include the normal ones too", "drop the status filter", "any status": a filter let go
_LOOSENED = (
    r"^(?:and |but |ok,? |now )?(?:"
    r"not (?:just|only) (?:the )?(?P<only>[\w\-]+?)(?: ones| events| pods)?"
    r"|(?:include|including|add|plus|with|also) (?:the )?(?P<too>[\w\-]+?)(?: ones| events| pods)?"
    r"(?: too| as well)?"
    r"|(?:drop|remove|ignore|forget|without) (?:the )?(?P<drop>[\w\-]+) (?:filter|condition|part)"
    r"|(?:any|all|every|whatever) (?P<any>type|status|phase|reason|state)e?s?"
    r")\W*$"
)


def _loosened(tr: OfflineTranslator, text: str, tree: Any) -> str | None:
    """ "not just warnings" after warning events: the previous query without the filters on the column the
    word is about (the event's type), everything else kept."""
    from sqlglot import exp

    m = rx.match(_LOOSENED, text)
    source = tree.find(exp.Table)
    if m is None or source is None or source.name not in tr.catalog.names() or tree.args.get("joins"):
        return None
    word = next(g for g in m.groups() if g)
    table = tr.catalog[source.name]
    columns = {c.name for c in table.columns}
    said = tr._conditions(table.name, word, [])[0]
    fields = {word} & columns or _filtered_fields(said)
    if not fields or fields & {"namespace", "name"}:
        return None
    conjuncts = _conjuncts(tree)
    kept = [c for c in conjuncts if rx.search(r"\bSELECT\b", c) or not _filtered_fields([c]) & fields]
    if len(kept) == len(conjuncts):
        return None  # nothing of that kind was filtered: not a loosening
    if m.group("too") and said:  # "include pending too" after running pods: either
        dropped = [c for c in conjuncts if c not in kept]
        kept.append(f"({' AND '.join(dropped)}) OR ({' AND '.join(said)})")
    new = tree.copy()
    new.set("where", None)
    return (new.where(*kept, copy=False, dialect="duckdb") if kept else new).sql(dialect="duckdb")


def _others_only(text: str) -> bool:
    """ "the other namespaces?" leaves the one asked out; "what abt other namespaces too" keeps it."""
    return bool(rx.search(r"\b(other|else)\b", text)) and not rx.search(r"\b(?:too|as well|also)\b", text)


def _everywhere(tree: Any, other: bool) -> str | None:
    """ "and across all namespaces?" ("the other namespaces?"): the previous query without its
    namespace filter (or with it negated), namespaces shown."""
    from sqlglot import exp

    found = _namespace_said(tree)
    if found is None:
        return None
    # in a join, the namespace is the one of the table it was said of ("p.namespace"), shown so
    said, ns = found
    column = f"{said.table}.namespace" if said.table else "namespace"
    kept = [c for c in _conjuncts(tree) if "namespace" not in columns_of([c])]
    if other:
        kept.append(f"{column} <> {quote(ns)}")
    new = tree.copy()
    new.set("where", None)
    if kept:
        new = new.where(*kept, copy=False, dialect="duckdb")
    if not any(isinstance(e, exp.AggFunc) for e in new.find_all(exp.AggFunc)):
        new.set("expressions", [exp.column("namespace", table=said.table or None), *new.expressions])
    return new.sql(dialect="duckdb")


def _conjuncts(tree: Any) -> list[str]:
    """The previous query's filters, one per AND."""
    from sqlglot import exp

    where = tree.args.get("where")
    if where is None:
        return []
    parts = where.this.flatten() if isinstance(where.this, exp.And) else [where.this]
    return [c.sql(dialect="duckdb") for c in parts]


# Kinds whose trouble the cluster tells in events about them: "pending pvcs" … "why?"
# (a workload's trouble is told of its pods, which a bare "why?" after them reads)
_TOLD_KINDS = ("persistentvolumeclaims", "horizontalpodautoscalers", "cronjobs", "nodes")


def _events_about_listed(tree: sqlglot.exp.Select, catalog: Catalog) -> str | None:
    """The events about the objects a filtered one-table listing found, with their reason and message."""
    source = tree.find(sqlglot.exp.From)
    table = source.this if source is not None else None
    where = tree.args.get("where")
    if not isinstance(table, sqlglot.exp.Table) or table.name not in _TOLD_KINDS or where is None:
        return None
    if tree.args.get("joins") or tree.args.get("group") or tree.find(sqlglot.exp.AggFunc):
        return None
    kept = where.this.copy()
    qualify(kept, "o")
    on = f"e.involved_kind = {quote(catalog[table.name].kind)} AND e.involved_name = o.name"
    if catalog[table.name].namespaced:
        on += " AND e.namespace = o.namespace"
    return (
        f"SELECT e.namespace, e.involved_name, e.reason, e.message FROM events e JOIN {table.name} o ON {on} "
        f"WHERE {kept.sql(dialect='duckdb')}"
    )


def _referenced_exists(tr: OfflineTranslator, text: str, tree: Any) -> str | None:
    """ "pending pvcs and their storage class" … "does that storage class exist?": each value the listed rows
    name, and whether an object of that kind has the name."""
    asked = rx.fullmatch(
        r"(?:and |but |so )?(?:does|do|is|are) (?:that|the|this|those|these|their|its|each) ([a-z][a-z ]*?)"
        r"(?: even| actually| really)? (?:exist|exists|there|present|real)",
        text.strip(" ?!."),
    )
    source = tree.find(sqlglot.exp.From)
    table = source.this if source is not None else None
    plain = not tree.args.get("joins") and not tree.args.get("group")
    if not asked or not plain or not isinstance(table, sqlglot.exp.Table):
        return None
    kinds = tr.find_kinds(asked.group(1))
    ref = REFERENCES.get((table.name, kinds[0][2])) if kinds else None
    shown = {e.alias_or_name for e in tree.expressions}
    if ref is None or ref.listed or ref.when or ref.column not in shown:
        return None
    column, kind = ref.column, kinds[0][2]
    same_ns = " AND k.namespace = o.namespace" if ref.namespaced else ""
    keys = "o.namespace, " if ref.namespaced and _namespace_of(tree) is None else ""
    where = tree.args.get("where")
    kept = ""
    if where is not None:
        cond = where.this.copy()
        qualify(cond, "o")
        kept = f" AND {cond.sql(dialect='duckdb')}"
    found = f"EXISTS (SELECT 1 FROM {kind} k WHERE k.name = o.{column}{same_ns})"
    return (
        f"SELECT DISTINCT {keys}o.{column}, {found} AS {tr.catalog[kind].kind.lower()}_exists "
        f"FROM {table.name} o WHERE o.{column} IS NOT NULL{kept}"
    )


def _amount_beside_count(text: str, tree: Any, columns: set[str]) -> str | None:
    """ "pods per node" … "and how much cpu do they request?": each group's total beside its count."""
    asked = rx.fullmatch(
        r"(?:and |also |plus )?(?:how much|what) (cpu|memory|mem) (?:do|does) (?:they|those|these|each|it) "
        r"(?:each |all )?(request|limit|ask for|reserve)",
        text.strip(" ?.!"),
    )
    if not asked or not tree.args.get("group") or _aggregate(tree) is None or tree.args.get("joins"):
        return None
    amount = "memory" if asked.group(1).startswith("mem") else "cpu"
    column = f"{amount}_{'limit' if asked.group(2) == 'limit' else 'request'}"
    if column not in columns:
        return None
    return tree.copy().select(f"sum({column}){unit_of(column, text)}", copy=False).sql(dialect="duckdb")
