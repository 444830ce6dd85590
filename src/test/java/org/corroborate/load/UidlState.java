package org.corroborate.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a browser's Flow client knows of one open UI, for the load harness: the UI id, Vaadin's security key and push
 * id, the server's sync id and the next client message id, and the state tree the server described (node id → tag,
 * attributes, properties, class names, children, DOM event listeners with their event-data expressions). It applies
 * the UIDL the server answers ({@code changes}, {@code constants}) as Flow's {@code TreeChangeProcessor} does, finds
 * nodes by tag, class or attribute, and writes the messages a browser sends ({@code ?v-r=uidl} bodies): DOM events
 * with the event data the listener asks for, property syncs ({@code mSync}) and {@code @ClientCallable} calls.
 *
 * <p>Protocol as in Vaadin Flow 25.2 ({@code JavaScriptBootstrapHandler}, {@code UidlWriter}, {@code ServerRpcHandler},
 * the client's {@code MessageSender}, {@code ServerConnector} and {@code SimpleElementBindingStrategy}). One instance
 * per virtual user and UI; not thread-safe (a virtual user sends one request at a time).
 */
public final class UidlState {

    // NodeFeatures ids (flow-server com.vaadin.flow.internal.nodefeature.NodeFeatures)
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;
    static final int CLASS_LIST = 11;
    static final int CLIENT_DELEGATE_HANDLERS = 19;
    static final int VIRTUAL_CHILDREN = 24;

    /** The root node: the UI's body; navigation events go to it (Flow.ts ROOT_NODE_ID). */
    public static final int ROOT_NODE = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What tells HighlightedText's scripts apart: the one drawing the blocks sent after the first... */
    static final String DEFERRED_BLOCKS = "const pending = new Map($0)";
    /** ... and the one applying changes of marks and paragraphs... */
    static final String MARK_CHANGES = "for (const op of JSON.parse($0))";
    /** ... and the one writing the whole text's first screen (the HTML is no element property since DD025). */
    static final String WRITE_HTML = "this.innerHTML = $0";

    /** One node of the state tree. */
    public static final class Node {
        final int id;
        Node parent;
        final Map<String, Object> data = new HashMap<>();
        final Map<String, Object> properties = new HashMap<>();
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Object> classes = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final List<Node> virtualChildren = new ArrayList<>();
        final List<Object> delegates = new ArrayList<>();
        String text;
        /** The HTML the server wrote into this element ({@code innerHTML}), as the browser's DOM holds it. */
        Element markup;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            Object tag = data.get("tag");
            return tag == null ? "" : tag.toString();
        }

        public Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name)).map(Object::toString);
        }

        public Optional<Object> property(String name) {
            return Optional.ofNullable(properties.get(name));
        }

        public boolean hasClass(String name) {
            return classes.contains(name);
        }

        public boolean listensTo(String event) {
            return listeners.containsKey(event);
        }

        /** Shown: neither this node nor an ancestor is hidden by the server (Flow's "visible" flag). */
        public boolean shown() {
            for (Node n = this; n != null; n = n.parent) {
                if (Boolean.FALSE.equals(n.data.get("visible"))) {
                    return false;
                }
            }
            return true;
        }

        public boolean enabled() {
            return !attributes.containsKey("disabled");
        }

        public List<Node> children() {
            return children;
        }

        /** This node and all below it, depth first. */
        public Stream<Node> subtree() {
            return Stream.concat(Stream.of(this),
                    Stream.concat(children.stream(), virtualChildren.stream()).flatMap(Node::subtree));
        }

        /**
         * The elements inside this node's own HTML (the {@code innerHTML} property the server set, with the
         * scripts that changed it since applied) that match a CSS selector; empty without such HTML.
         */
        public Stream<Element> markup(String cssQuery) {
            return markup == null ? Stream.empty() : markup.select(cssQuery).stream();
        }

        /** The text of the text nodes below this node, joined. */
        public String text() {
            StringBuilder out = new StringBuilder();
            subtree().filter(n -> n.text != null).forEach(n -> out.append(n.text));
            return out.toString();
        }

        @Override
        public String toString() {
            return id + ":" + tag() + (classes.isEmpty() ? "" : "." + classes) + attributes;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private String uiId = "0";
    private String csrfToken = "init";
    private String pushId = "";
    private int lastSeenSyncId = -1;
    private int nextClientId;
    private long updates;
    private final java.util.TreeMap<Integer, JsonNode> early = new java.util.TreeMap<>();
    private final StringBuilder pushBuffer = new StringBuilder();

    private UidlState() {
        nodes.put(ROOT_NODE, new Node(ROOT_NODE));
    }

    /** The state of a UI from the answer to {@code ?v-r=init&location=...} (JSON with {@code appConfig.uidl}). */
    public static UidlState fromInit(String initJson) {
        JsonNode init = JSON.readTree(initJson);
        JsonNode appConfig = init.path("appConfig");
        if (!appConfig.has("uidl")) {
            throw new IllegalArgumentException("not an init answer: " + abbreviate(initJson));
        }
        UidlState state = new UidlState();
        state.uiId = appConfig.path("v-uiId").asString(state.uiId);
        state.apply(appConfig.get("uidl"));
        return state;
    }

    /** Applies an answer to a UIDL request (or a push message's JSON). Returns this. */
    public UidlState apply(String uidlJson) {
        return apply(JSON.readTree(uidlJson));
    }

    UidlState apply(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("Vaadin-Push-ID")) {
            pushId = uidl.get("Vaadin-Push-ID").asString();
        }
        if (uidl.has("syncId")) {
            lastSeenSyncId = Math.max(lastSeenSyncId, uidl.get("syncId").asInt());
        }
        if (uidl.has("clientId")) {
            nextClientId = Math.max(nextClientId, uidl.get("clientId").asInt());
        }
        if (uidl.has("constants")) {
            for (Map.Entry<String, JsonNode> c : uidl.get("constants").properties()) {
                constants.put(c.getKey(), c.getValue());
            }
        }
        JsonNode changes = uidl.path("changes");
        // as the client: every attach first, then the changes in order
        for (JsonNode change : changes) {
            if ("attach".equals(change.path("type").asString())) {
                int id = change.get("node").asInt();
                nodes.computeIfAbsent(id, Node::new);
            }
        }
        for (JsonNode change : changes) {
            applyChange(change);
        }
        // then, as the client, the JavaScript the server asked to run: those scripts that change an element's HTML
        for (JsonNode invocation : uidl.path("execute")) {
            execute(invocation);
        }
        updates++;
        return this;
    }

    /**
     * The scripts of a text with marked spans ({@code org.corroborate.base.ui.HighlightedText}) on the element's HTML,
     * as the browser runs them: the whole text's first screen ({@code $0} = its HTML, which replaces the element's), the
     * blocks written after the first ({@code $0} = [[block index, HTML], ...], each
     * drawn into its placeholder {@code [data-block=i]}), and the changes that follow ({@code $0} = a JSON list of
     * operations: a paragraph's HTML, a mark's new id, a mark taken out, a mark's classes, title and label). Other
     * scripts change nothing the harness reads. An invocation is [its parameters..., the script]; an element is
     * passed as {@code {"@v-node": id}} and is the script's {@code this} when it is the last parameter.
     */
    private void execute(JsonNode invocation) {
        if (!invocation.isArray() || invocation.size() < 2) {
            return;
        }
        String script = invocation.get(invocation.size() - 1).asString("");
        JsonNode owner = invocation.get(invocation.size() - 2);
        Node node = owner.has("@v-node") ? nodes.get(owner.get("@v-node").asInt()) : null;
        if (node == null) {
            return;
        }
        JsonNode first = invocation.get(0);
        if (script.contains(WRITE_HTML) && first.isString()) {
            node.markup = Jsoup.parseBodyFragment(first.asString()).body();
            return;
        }
        if (node.markup == null) {
            return;
        }
        if (script.contains(DEFERRED_BLOCKS) && first.isArray()) {
            for (JsonNode block : first) {
                String index = String.valueOf(block.get(0).asInt());
                node.markup.children().stream().filter(b -> b.attr("data-block").equals(index)).findFirst()
                        .ifPresent(placeholder -> {
                            placeholder.html(block.get(1).asString());
                            placeholder.removeAttr("style");
                        });
            }
        } else if (script.contains(MARK_CHANGES) && first.isString()) {
            for (JsonNode op : JSON.readTree(first.asString())) {
                applyMarkChange(node.markup, op);
            }
        }
    }

    /** What HighlightedText's change script does with one operation (its APPLY). */
    private static void applyMarkChange(Element root, JsonNode op) {
        String kind = op.get(0).asString();
        String id = op.size() > 1 ? op.get(1).asString() : "";
        List<Element> parts = kind.equals("p") ? List.of()
                : root.select("[data-mark-id=\"" + id.replace("\"", "") + "\"]");
        switch (kind) {
            case "p" -> {
                Element paragraph = root.selectFirst("p[data-start=\"" + id.replace("\"", "") + "\"]");
                if (paragraph != null) {
                    paragraph.html(op.get(2).asString());
                }
            }
            case "r" -> parts.forEach(e -> e.attr("data-mark-id", op.get(2).asString()));
            case "u" -> parts.forEach(Element::unwrap);
            case "a" -> parts.forEach(e -> {
                e.attr("class", op.get(2).asString());
                e.attr("title", op.get(3).asString());
                if (e.hasAttr("role")) {
                    e.attr("aria-label", op.get(4).asString());
                }
            });
            default -> {
                // "s" (scroll into view) and "f" (focus) change no HTML
            }
        }
    }

    private void applyChange(JsonNode change) {
        String type = change.path("type").asString();
        Node node = nodes.get(change.path("node").asInt());
        if (node == null) {
            return; // a change for a node already detached: the client ignores it too
        }
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "put" -> {
                Object value = change.has("value") ? plain(change.get("value"))
                        : nodes.get(change.path("nodeValue").asInt());
                if (value instanceof Node child) {
                    child.parent = node;
                }
                map(node, feature).ifPresent(m -> m.put(change.get("key").asString(), value));
                if (feature == TEXT_NODE && "text".equals(change.get("key").asString())) {
                    node.text = value == null ? null : value.toString();
                }
                if (feature == ELEMENT_PROPERTIES && "innerHTML".equals(change.get("key").asString())) {
                    node.markup = value == null ? null : Jsoup.parseBodyFragment(value.toString()).body();
                }
            }
            case "remove" -> {
                map(node, feature).ifPresent(m -> m.remove(change.get("key").asString()));
                if (feature == TEXT_NODE) {
                    node.text = null;
                }
                if (feature == ELEMENT_PROPERTIES && "innerHTML".equals(change.get("key").asString())) {
                    node.markup = null;
                }
            }
            case "splice" -> splice(node, feature, change);
            case "clear" -> list(node, feature).ifPresent(List::clear);
            case "detach" -> {
                // its parent's list says so with a splice of its own (or the parent goes too): only forget the id
                nodes.remove(node.id);
            }
            default -> {
                // "attach" done above; "empty" only populates a feature
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<Map<String, Object>> map(Node node, int feature) {
        return Optional.ofNullable(switch (feature) {
            case ELEMENT_DATA -> node.data;
            case ELEMENT_PROPERTIES -> node.properties;
            case ELEMENT_ATTRIBUTES -> node.attributes;
            case ELEMENT_LISTENERS -> (Map) node.listeners;
            case TEXT_NODE -> node.data;
            default -> null;
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<List<Object>> list(Node node, int feature) {
        return Optional.ofNullable(switch (feature) {
            case ELEMENT_CHILDREN -> (List) node.children;
            case VIRTUAL_CHILDREN -> (List) node.virtualChildren;
            case CLASS_LIST -> node.classes;
            case CLIENT_DELEGATE_HANDLERS -> node.delegates;
            default -> null;
        });
    }

    private void splice(Node node, int feature, JsonNode change) {
        Optional<List<Object>> target = list(node, feature);
        if (target.isEmpty()) {
            return;
        }
        List<Object> list = target.get();
        int index = Math.min(change.path("index").asInt(), list.size());
        int remove = Math.min(change.path("remove").asInt(0), list.size() - index);
        for (int i = 0; i < remove; i++) {
            Object removed = list.remove(index);
            if (removed instanceof Node child && child.parent == node) {
                child.parent = null;
            }
        }
        List<Object> add = new ArrayList<>();
        if (change.has("add")) {
            change.get("add").forEach(v -> add.add(plain(v)));
        } else if (change.has("addNodes")) {
            for (JsonNode id : change.get("addNodes")) {
                Node child = nodes.computeIfAbsent(id.asInt(), Node::new);
                child.parent = node;
                add.add(child);
            }
        }
        list.addAll(index, add);
    }

    private static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        } else if (value.isString()) {
            return value.asString();
        } else if (value.isBoolean()) {
            return value.asBoolean();
        } else if (value.isNumber()) {
            return value.numberValue();
        }
        return value; // objects and arrays stay JSON
    }

    // ---- finding nodes

    public Optional<Node> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Nodes attached under the root, in tree order. */
    public Stream<Node> all() {
        return nodes.get(ROOT_NODE).subtree();
    }

    public Stream<Node> find(Predicate<Node> matching) {
        return all().filter(matching);
    }

    public static Predicate<Node> tag(String tag) {
        return n -> n.tag().equals(tag);
    }

    public static Predicate<Node> withClass(String className) {
        return n -> n.hasClass(className);
    }

    public static Predicate<Node> attribute(String name, String value) {
        return n -> n.attribute(name).filter(value::equals).isPresent();
    }

    public static Predicate<Node> hasAttribute(String name) {
        return n -> n.attributes.containsKey(name);
    }

    /** The first node with class {@code className}, below the first node with class {@code within}. */
    public Optional<Node> findIn(String within, Predicate<Node> matching) {
        return find(withClass(within)).findFirst().flatMap(w -> w.subtree().filter(matching).findFirst());
    }

    public int size() {
        return nodes.size();
    }

    // ---- messages to the server

    public String uiId() {
        return uiId;
    }

    public String pushId() {
        return pushId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public int lastSeenSyncId() {
        return lastSeenSyncId;
    }

    /** How many UIDL answers or push messages were applied. */
    public long updates() {
        return updates;
    }

    /** A DOM event on a node, with the event data its listener asks for (as a click or key press would give). */
    public ObjectNode event(Node node, String event) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node.id);
        rpc.put("event", event);
        String key = node.listeners.get(event);
        if (key == null) {
            throw new IllegalStateException("node " + node + " does not listen to " + event);
        }
        rpc.set("data", eventData(node, constants.getOrDefault(key, JSON.createObjectNode()), null));
        return rpc;
    }

    /**
     * A DOM event on an element inside a node's own HTML ({@link Node#markup}), caught by the node's listener as
     * browsers deliver it (the event bubbles up from {@code target}): a click on one mark of a text whose marks share
     * one delegated listener. The listener's expressions that name the target are evaluated on it as the browser
     * would ({@code event.target.closest('sel')?.dataset.name}, {@code event.target.closest('sel') != null}); the
     * event is refused, as the browser's filter would drop it, when a filter of the listener is false for it.
     */
    public ObjectNode event(Node node, String event, Element target) {
        if (node.markup == null || target.root() != node.markup.root()) {
            throw new IllegalArgumentException(target.tagName() + " is not inside the HTML of " + node);
        }
        String key = node.listeners.get(event);
        if (key == null) {
            throw new IllegalStateException("node " + node + " does not listen to " + event);
        }
        JsonNode settings = constants.getOrDefault(key, JSON.createObjectNode());
        ObjectNode data = eventData(node, settings, target);
        for (Map.Entry<String, JsonNode> e : settings.properties()) {
            if (e.getValue().isBoolean() && e.getValue().asBoolean() && !data.path(e.getKey()).asBoolean(false)) {
                throw new IllegalStateException("the listener's filter " + e.getKey() + " drops a " + event
                        + " on " + target.tagName() + " in " + node);
            }
        }
        return event(node.id, event, data);
    }

    /** A DOM event with the data given (navigation events to the root node, say). */
    public static ObjectNode event(int nodeId, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", nodeId);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** The navigation a browser's Flow.ts sends after the init request ({@code ui-navigate} to the root node). */
    public static ObjectNode navigate(String route, String query) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        return event(ROOT_NODE, "ui-navigate", data);
    }

    /** {@code event.target.closest('selector')}, alone or followed by {@code ?.dataset.name} or {@code != null}. */
    private static final Pattern CLOSEST = Pattern.compile(
            "event\\.target\\.closest\\('([^']+)'\\)(?:\\?\\.dataset\\.([A-Za-z]+)|\\s*(!=|!==)\\s*null)");

    private static ObjectNode eventData(Node node, JsonNode settings, Element target) {
        ObjectNode data = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> e : settings.properties()) {
            String expression = e.getKey();
            JsonNode setting = e.getValue();
            Matcher closest = CLOSEST.matcher(expression);
            if (target != null && closest.matches()) {
                Element found = target.closest(closest.group(1));
                if (closest.group(2) != null) {
                    String attribute = "data-" + closest.group(2).replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
                    if (found == null || !found.hasAttr(attribute)) {
                        data.putNull(expression); // undefined: JSON has no such value, the client sends null
                    } else {
                        data.put(expression, found.attr(attribute));
                    }
                } else {
                    data.put(expression, found != null);
                }
            } else if (expression.startsWith("}")) {
                continue; // a property to synchronize: sent as mSync by the caller when it changes it
            } else if (expression.equals("]")) {
                data.put(expression, node.id);
            } else if (setting.isBoolean() && setting.asBoolean() || setting.isArray()) {
                data.put(expression, true); // a filter (or debounce): the event passes it
            } else if (expression.endsWith("()")) {
                data.putNull(expression); // preventDefault(), stopPropagation()
            } else if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else if (expression.equals("event.detail")) {
                data.put(expression, 1);
            } else {
                data.put(expression, 0);
            }
        }
        return data;
    }

    /** A property the user changed in the browser (a field's value): an {@code mSync} of the element's property. */
    public static ObjectNode sync(Node node, String property, Object value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node.id);
        rpc.put("feature", ELEMENT_PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    /** A call of a {@code @ClientCallable} method of the node's component ({@code element.$server.name(args)}). */
    public static ObjectNode call(Node node, String method, Object... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node.id);
        rpc.put("templateEventMethodName", method);
        ArrayNode array = rpc.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            array.add(JSON.valueToTree(arg));
        }
        rpc.put("promise", -1);
        return rpc;
    }

    /** The body of the next {@code ?v-r=uidl} request carrying these invocations; takes the next client id. */
    public String message(ObjectNode... invocations) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        ArrayNode rpc = payload.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        payload.put("syncId", lastSeenSyncId);
        payload.put("clientId", nextClientId++);
        return payload.toString();
    }

    /** The beacon a browser sends when the page is left: the server closes the UI. */
    public String unload() {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        payload.putArray("rpc");
        payload.put("syncId", lastSeenSyncId);
        payload.put("clientId", nextClientId++);
        payload.put("UNLOAD", true);
        return payload.toString();
    }

    /**
     * What is wrong with an answer to a UIDL request, or null when it is a normal one: not JSON, a session that
     * expired, an error the client would show (security key refused, message out of sync, UI not found), a resync.
     */
    public static String problem(String answer) {
        if (answer == null || answer.isBlank()) {
            return "empty answer";
        }
        JsonNode json;
        try {
            json = JSON.readTree(answer);
        } catch (RuntimeException notJson) {
            return "not JSON: " + abbreviate(answer);
        }
        JsonNode meta = json.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (meta.has("appError")) {
            return "error: " + abbreviate(meta.get("appError").toString());
        }
        if (json.path("resynchronize").asBoolean(false)) {
            return "resynchronized";
        }
        if (!json.has("syncId")) {
            return "no syncId: " + abbreviate(answer);
        }
        return null;
    }

    /**
     * Applies UIDL in the server's order, as the client's MessageHandler does: a message whose {@code syncId} is not
     * the next one waits for the ones before it (push messages and answers to requests travel on two connections);
     * one already seen is dropped. Returns this.
     */
    public UidlState offer(String uidlJson) {
        JsonNode uidl = JSON.readTree(uidlJson);
        int syncId = uidl.path("syncId").asInt(-1);
        if (syncId < 0 || lastSeenSyncId < 0 || uidl.path("resynchronize").asBoolean(false)) {
            return apply(uidl);
        }
        if (syncId <= lastSeenSyncId) {
            return this;
        }
        early.put(syncId, uidl);
        while (!early.isEmpty() && early.firstKey() <= lastSeenSyncId + 1) {
            apply(early.pollFirstEntry().getValue());
        }
        if (early.size() > 100) {
            // a message never came: go on with what there is, in order
            while (!early.isEmpty()) {
                apply(early.pollFirstEntry().getValue());
            }
        }
        return this;
    }

    /** Messages waiting for an earlier one. */
    public int waiting() {
        return early.size();
    }

    /**
     * A websocket frame of the push connection: Atmosphere sends each message as {@code length|message} (Vaadin's
     * client turns on its message-length tracking); a frame may hold several messages or part of one. Returns the
     * complete messages that are UIDL (JSON objects); the protocol's handshake and heartbeats are skipped.
     */
    public List<String> receive(String frame) {
        pushBuffer.append(frame);
        List<String> messages = new ArrayList<>();
        while (true) {
            int bar = pushBuffer.indexOf("|");
            if (bar <= 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(pushBuffer.substring(0, bar));
            } catch (NumberFormatException notALength) {
                pushBuffer.setLength(0);
                break;
            }
            if (pushBuffer.length() < bar + 1 + length) {
                break; // the rest comes in the next frame
            }
            String message = pushBuffer.substring(bar + 1, bar + 1 + length);
            pushBuffer.delete(0, bar + 1 + length);
            if (message.startsWith("{")) {
                messages.add(message);
            }
        }
        return messages;
    }

    static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** Node counts by tag, for diagnostics. */
    public Map<String, Long> census() {
        Map<String, Long> count = new LinkedHashMap<>();
        all().forEach(n -> count.merge(n.tag(), 1L, Long::sum));
        return count;
    }
}
