package io.pytopus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Each overlay builds with {@code kubectl kustomize}, and what it builds passes our policy: every
 * container has the three probes on Boot's probe endpoints, requests and limits, a locked-down
 * security context and a writable /tmp only; every pod stops gracefully; the api has a Service, an HPA
 * and a PDB, the worker an HPA; network traffic is denied unless allowed.
 */
class KustomizeOverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlayBuildsAndEveryWorkloadFollowsThePolicy(String overlay) throws Exception {
        Tools.require("kubectl", "kubernetes-client");
        var result = Tools.run(Tools.ROOT, "kubectl", "kustomize", "deploy/k8s/overlays/" + overlay)
                .assertSucceeded("kubectl kustomize " + overlay);
        var objects = parse(result.stdout());

        assertThat(kinds(objects))
                .contains(
                        "Deployment/pytopus-api",
                        "Deployment/pytopus-worker",
                        "Service/pytopus-api",
                        "HorizontalPodAutoscaler/pytopus-api",
                        "HorizontalPodAutoscaler/pytopus-worker",
                        "PodDisruptionBudget/pytopus-api",
                        "ConfigMap/pytopus-config",
                        "ServiceAccount/pytopus-api",
                        "ServiceAccount/pytopus-worker",
                        "NetworkPolicy/default-deny-all");
        objects.forEach(object -> assertThat(metadata(object).get("namespace"))
                .as(name(object))
                .isEqualTo(overlay.equals("prod") ? "pytopus" : "pytopus-dev"));
        assertDefaultDeny(objects);
        var serviceAccounts = new HashSet<String>();
        objects.stream()
                .filter(o -> "ServiceAccount".equals(o.get("kind")))
                .forEach(o -> serviceAccounts.add((String) metadata(o).get("name")));
        for (var deployment :
                objects.stream().filter(o -> "Deployment".equals(o.get("kind"))).toList()) {
            assertPodPolicy(deployment, serviceAccounts);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertPodPolicy(Map<String, Object> deployment, java.util.Set<String> serviceAccounts) {
        var name = name(deployment);
        var pod = map(map(map(deployment, "spec"), "template"), "spec");
        assertThat(serviceAccounts).as(name + " service account").contains((String) pod.get("serviceAccountName"));
        assertThat(pod.get("automountServiceAccountToken")).as(name).isEqualTo(false);
        assertThat((Integer) pod.get("terminationGracePeriodSeconds"))
                .as(name + " graceful shutdown")
                .isGreaterThanOrEqualTo(40);
        var podSecurity = map(pod, "securityContext");
        assertThat(podSecurity.get("runAsNonRoot")).as(name).isEqualTo(true);
        var tmpVolumes = ((List<Map<String, Object>>) pod.get("volumes"))
                .stream()
                        .filter(v -> v.containsKey("emptyDir"))
                        .map(v -> v.get("name"))
                        .toList();
        for (var container : (List<Map<String, Object>>) pod.get("containers")) {
            var where = name + "/" + container.get("name");
            for (var probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                var get = map(map(container, probe), "httpGet");
                assertThat(get.get("port")).as(where + " " + probe + " port").isEqualTo("management");
                assertThat((String) get.get("path"))
                        .as(where + " " + probe + " path")
                        .isIn("/actuator/health/liveness", "/actuator/health/readiness");
            }
            assertThat(map(map(container, "readinessProbe"), "httpGet").get("path"))
                    .isEqualTo("/actuator/health/readiness");
            var resources = map(container, "resources");
            for (var kind : List.of("requests", "limits")) {
                assertThat(map(resources, kind)).as(where + " " + kind).containsKeys("cpu", "memory");
            }
            var security = map(container, "securityContext");
            assertThat(security.get("runAsNonRoot")).as(where).isEqualTo(true);
            assertThat(security.get("readOnlyRootFilesystem")).as(where).isEqualTo(true);
            assertThat(security.get("allowPrivilegeEscalation")).as(where).isEqualTo(false);
            assertThat((List<String>) map(security, "capabilities").get("drop"))
                    .as(where)
                    .contains("ALL");
            assertThat(map(map(container, "lifecycle"), "preStop"))
                    .as(where + " preStop")
                    .isNotEmpty();
            var mounts = (List<Map<String, Object>>) container.get("volumeMounts");
            assertThat(mounts).as(where + " writes only to an emptyDir at /tmp").anySatisfy(mount -> {
                assertThat(mount.get("mountPath")).isEqualTo("/tmp");
                assertThat(tmpVolumes).contains(mount.get("name"));
            });
            assertThat(container.get("image")).as(where).isNotNull().asString().contains(":");
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertDefaultDeny(List<Map<String, Object>> objects) {
        assertThat(objects)
                .as("a NetworkPolicy that selects every pod and allows nothing")
                .anySatisfy(object -> {
                    assertThat(object.get("kind")).isEqualTo("NetworkPolicy");
                    var spec = map(object, "spec");
                    assertThat(map(spec, "podSelector")).isEmpty();
                    assertThat((List<String>) spec.get("policyTypes")).contains("Ingress", "Egress");
                    assertThat(spec).doesNotContainKeys("ingress", "egress");
                });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parse(String yaml) {
        var objects = new ArrayList<Map<String, Object>>();
        for (var document : new Yaml(new LoaderOptions()).loadAll(yaml)) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return objects;
    }

    private static List<String> kinds(List<Map<String, Object>> objects) {
        return objects.stream().map(KustomizeOverlaysTest::name).toList();
    }

    private static String name(Map<String, Object> object) {
        return object.get("kind") + "/" + metadata(object).get("name");
    }

    private static Map<String, Object> metadata(Map<String, Object> object) {
        return map(object, "metadata");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        var child = parent.get(key);
        assertThat(child).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) Objects.requireNonNull(child);
    }
}
