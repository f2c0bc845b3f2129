"""Stop 43: events listed with their count column ("warnings in data with their count"), each pod with its
node ("which pods run on each node?"), an autoscaler's bounds said "min/max", the event log read as the
events, service types said "LoadBalancer-type", …"""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # warnings with their count column: still only the warnings
        ("warnings in data with their count", "SELECT object, reason, count FROM events "
         "WHERE namespace = 'data' AND type = 'Warning'", None),
        ("warnings in kube-system and their counts", "SELECT object, reason, count FROM events "
         "WHERE namespace = 'kube-system' AND type = 'Warning'", None),
        ("events in data with their counts", "SELECT object, reason, count FROM events WHERE namespace = 'data'",
         None),
        # each pod with its node
        ("which pods run on each node?", "SELECT namespace, name, node FROM pods", None),
        ("what runs on each node in batch?", "SELECT name, node FROM pods WHERE namespace = 'batch'", None),
        ("deployments and their hpa min/max", "SELECT d.namespace, d.name, h.min_replicas, h.max_replicas "
         "FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace "
         "AND h.target_name = d.name WHERE h.target_kind = 'Deployment'", None),
        ("event log for kafka-2 in data", "SELECT type, reason, message FROM events WHERE namespace = 'data' "
         "AND involved_kind = 'Pod' AND involved_name = 'kafka-2'", None),
        ("list the NodePort-type services", "SELECT namespace, name FROM services WHERE type = 'NodePort'", None),
        ("what happened to the kafka pods in data?", "SELECT e.involved_name, e.type, e.reason, e.message FROM events e "
         "JOIN pods p ON p.namespace = e.namespace AND p.name = e.involved_name WHERE e.involved_kind = 'Pod' "
         "AND p.namespace = 'data' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'", None),
        ("how many times did pods back off in total?", "SELECT sum(count) FROM events WHERE reason = 'BackOff'",
         None),
        # a chain of claims and volumes is not the claim's volume column
        ("monitoring po -> pvc -> pv", "SELECT p.name, v.name FROM pods p JOIN persistentvolumeclaims c "
         "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) JOIN persistentvolumes v "
         "ON v.name = c.volume WHERE p.namespace = 'monitoring'", None),
        # not all replicas ready: the ones short of their desired count
        ("statefulsets that don't have all replicas ready", "SELECT namespace, name FROM statefulsets "
         "WHERE ready_replicas < desired", None),
        ("which namespaces r labeled team platform?", "SELECT name FROM namespaces WHERE labels['team'] = 'platform'",
         None),
        ("svc selecting app: redis", "SELECT namespace, name FROM services WHERE selector['app'] = 'redis'", None),
        # the pods on the nodes said before a colon or an arrow
        ("cordoned nodes: po on them -A", "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE n.unschedulable", None),
        ("NotReady nodes: which pods run on them", "SELECT p.namespace, p.name FROM pods p JOIN nodes n "
         "ON p.node = n.name WHERE NOT n.ready", None),
        # a pod named first, its owner asked after
        ("recommendation-n59sd9rcc8-tcnpp in checkout: which deployment is it part of?", "SELECT r.owner_name "
         "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.namespace = 'checkout' AND p.name = 'recommendation-n59sd9rcc8-tcnpp'", None),
        ("jobs owned by cj/db-backup (data) w/ status", "SELECT name, status FROM jobs WHERE namespace = 'data' "
         "AND owner_kind = 'CronJob' AND owner_name = 'db-backup'", None),
        ("ns data: claim -> volume", "SELECT name, volume FROM persistentvolumeclaims WHERE namespace = 'data'",
         None),
        ("5 highest-count events", "SELECT namespace, object, reason, count FROM events ORDER BY count DESC LIMIT 5",
         None),
        ("configmap kube-root-ca.crt in checkout: used by which pods?", "SELECT name FROM pods "
         "WHERE namespace = 'checkout' AND list_contains(configmaps, 'kube-root-ca.crt')", None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("evictions from the event log, with messages",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'Evicted'"),
        ("list the LoadBalancer-type services", "SELECT namespace, name FROM services WHERE type = 'LoadBalancer'"),
        ("which HPAs are emitting Warning events?", "SELECT DISTINCT namespace, involved_name FROM events "
         "WHERE involved_kind = 'HorizontalPodAutoscaler' AND type = 'Warning'"),
        # workloads kept by where their images come from, not the images
        ("deployments using images from gcr.io", "SELECT namespace, name FROM deployments "
         "WHERE len(list_filter(images, x -> x LIKE 'gcr.io/%')) > 0"),
        ("how many daemonsets use images from k8s.gcr.io?", "SELECT count(*) FROM daemonsets "
         "WHERE len(list_filter(images, x -> x LIKE 'k8s.gcr.io/%')) > 0"),
        ("which pods does each netpol select in shop?", "SELECT DISTINCT n.name, p.name FROM networkpolicies n "
         "JOIN pods p ON p.namespace = n.namespace AND (n.selects_all OR list_has_all(map_entries(p.labels), "
         "map_entries(n.pod_selector))) WHERE n.namespace = 'shop'"),
        ("gpu nodes -> po", "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE n.gpu_capacity > 0"),
        ("po on masters", "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE list_contains(n.roles, 'control-plane')"),
        ("deployments with at least one crashlooping pod", "SELECT DISTINCT r.namespace, r.owner_name FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.status = 'CrashLoopBackOff' AND r.owner_kind = 'Deployment'"),
        ("what evicted productcatalogservice-5f848b7b7c-gc8gp in shop?", "SELECT message FROM events "
         "WHERE namespace = 'shop' AND involved_name = 'productcatalogservice-5f848b7b7c-gc8gp' "
         "AND reason = 'Evicted'"),
        ("mysql-credentials secret: used by which po across all ns?", "SELECT namespace, name FROM pods "
         "WHERE list_contains(secrets, 'mysql-credentials')"),
        ("reviews svc in bookinfo: the pods behind it", "SELECT p.name FROM services s JOIN pods p "
         "ON p.namespace = s.namespace WHERE s.namespace = 'bookinfo' AND s.name = 'reviews' "
         "AND map_entries(s.selector) <@ map_entries(p.labels)"),
        ("pod creation refused for which controllers? show the error from the events",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedCreate'"),
        ("how many shop pods r actually up rn?", "SELECT count(*) FROM pods WHERE namespace = 'shop' "
         "AND status = 'Running'"),
        ("ns where istio sidecar injection is turned on", "SELECT name FROM namespaces "
         "WHERE labels['istio-injection'] = 'enabled'"),
        ("ctrs pullPolicy=Always", "SELECT namespace, pod, name FROM containers WHERE image_pull_policy = 'Always'"),
        # a story about one object, then what its events say: its events
        ("the training-scratch claim in ml is stuck, what do its events say?", "SELECT type, reason, message "
         "FROM events WHERE namespace = 'ml' AND involved_kind = 'PersistentVolumeClaim' "
         "AND involved_name = 'training-scratch'"),
        ("worker-5 went NotReady, what do the node's own events say?", "SELECT type, reason, message FROM events "
         "WHERE involved_kind = 'Node' AND involved_name = 'worker-5'"),
        # "are all … ?" is answered by the ones that are not
        ("are all nodes ready?", "SELECT name FROM nodes WHERE NOT ready"),
        ("are all pods running in shop?", "SELECT name FROM pods WHERE namespace = 'shop' AND status <> 'Running'"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)
