package org.sendero.itests.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * No two packages of one bundle depend on each other, directly or through others. The graph is
 * built from the qualified names each file mentions (its imports and any fully qualified use);
 * its strongly connected components (Tarjan) of more than one package are the cycles. A cycle
 * makes the packages one unit: none can be understood, tested or moved alone.
 */
public final class PackageCycleCheck {

    /** Why one package depends on another: the first place that says so. */
    private record Edge(String file, int line, String name) {
    }

    private final List<BundleSource> bundles;

    public PackageCycleCheck(List<BundleSource> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    /** One line per cycle, naming the bundle, its packages and one path around it; empty when none. */
    public List<String> offenders() {
        List<String> offenders = new ArrayList<>();
        for (BundleSource bundle : bundles) {
            Map<String, Map<String, Edge>> graph = graph(bundle);
            for (List<String> component : new Tarjan(graph).components()) {
                if (component.size() > 1) {
                    offenders.add(bundle.name() + ": package cycle among " + component.size() + " packages "
                            + new TreeSet<>(component) + ": " + path(graph, new TreeSet<>(component)));
                }
            }
        }
        return offenders;
    }

    /** package -> package it uses -> where; only the bundle's own packages are nodes. */
    private static Map<String, Map<String, Edge>> graph(BundleSource bundle) {
        Set<String> packages = bundle.packages();
        Map<String, Map<String, Edge>> graph = new TreeMap<>();
        packages.forEach(p -> graph.put(p, new TreeMap<>()));
        for (JavaFile file : bundle.sources()) {
            for (JavaFile.QualifiedName used : file.names()) {
                String target = used.qualifier();
                if (packages.contains(target) && !target.equals(file.packageName())) {
                    graph.get(file.packageName()).putIfAbsent(target,
                            new Edge(bundle.shown(file.path()), used.line(), used.full()));
                }
            }
        }
        return graph;
    }

    /** The shortest way from the first package of the cycle back to itself, each step with its evidence. */
    private static String path(Map<String, Map<String, Edge>> graph, TreeSet<String> component) {
        String start = component.first();
        Map<String, String> previous = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        String last = null;
        while (!queue.isEmpty() && last == null) {
            String from = queue.poll();
            for (String to : graph.get(from).keySet()) {
                if (!component.contains(to)) {
                    continue;
                }
                if (to.equals(start)) {
                    last = from;
                    break;
                }
                if (!previous.containsKey(to)) {
                    previous.put(to, from);
                    queue.add(to);
                }
            }
        }
        List<String> steps = new ArrayList<>();
        steps.add(start);
        for (String at = last; at != null && !at.equals(start); at = previous.get(at)) {
            steps.add(1, at);
        }
        steps.add(start);
        StringBuilder text = new StringBuilder(steps.get(0));
        for (int i = 1; i < steps.size(); i++) {
            Edge edge = graph.get(steps.get(i - 1)).get(steps.get(i));
            text.append(" -> ").append(steps.get(i)).append(" (").append(edge.file()).append(':').append(edge.line())
                    .append(" uses ").append(edge.name()).append(')');
        }
        return text.toString();
    }

    /** Tarjan's strongly connected components, iterative so that a deep graph cannot overflow the stack. */
    static final class Tarjan {
        private final Map<String, ? extends Map<String, ?>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new java.util.HashSet<>();
        private final List<List<String>> components = new ArrayList<>();
        private int next;

        Tarjan(Map<String, ? extends Map<String, ?>> graph) {
            this.graph = graph;
        }

        List<List<String>> components() {
            for (String node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String root) {
            Deque<Map.Entry<String, java.util.Iterator<String>>> work = new ArrayDeque<>();
            enter(root, work);
            while (!work.isEmpty()) {
                Map.Entry<String, java.util.Iterator<String>> top = work.peek();
                String node = top.getKey();
                if (top.getValue().hasNext()) {
                    String to = top.getValue().next();
                    if (!graph.containsKey(to)) {
                        continue;
                    }
                    if (!index.containsKey(to)) {
                        enter(to, work);
                    } else if (onStack.contains(to)) {
                        low.put(node, Math.min(low.get(node), index.get(to)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    components.add(component);
                }
            }
        }

        private void enter(String node, Deque<Map.Entry<String, java.util.Iterator<String>>> work) {
            index.put(node, next);
            low.put(node, next);
            next++;
            stack.push(node);
            onStack.add(node);
            work.push(Map.entry(node, new ArrayList<>(graph.get(node).keySet()).iterator()));
        }
    }
}
