package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The server's own logback.xml, in a logger context of its own, writing to a captured standard
 * output (ByteArrayOutputStream is synchronized: the test reads while the appender's thread writes).
 */
class BatchedStdoutAppenderTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;
    private LoggerContext context;

    @BeforeEach
    void configure() throws Exception {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());  // the one org.slf4j.MDC writes to, as in the server
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
    }

    @AfterEach
    void restore() {
        context.stop();
        System.setOut(original);
    }

    @Test
    @DisplayName("Every line of four busy threads is written, as JSON with its request id and in each thread's order, once the context stops")
    void nothingIsDroppedAndOrderIsKept() throws Exception {
        Logger log = context.getLogger("hearth.access");
        int perThread = 5_000;  // four threads: more than the queue holds, so callers also wait for the writer
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                MDC.put("requestId", "request-" + thread);
                for (int i = 0; i < perThread; i++) {
                    log.info("line {} of {}", i, thread);
                }
                MDC.clear();
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        context.stop();

        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> next = new HashMap<>();
        int lines = 0;
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode node = json.readTree(line);
            String[] words = node.get("message").asText().split(" ");
            String thread = words[3];
            assertThat(node.get("requestId").asText()).isEqualTo("request-" + thread);
            assertThat(Integer.parseInt(words[1])).as("thread %s's lines in order", thread).isEqualTo(next.getOrDefault(thread, 0));
            next.put(thread, Integer.parseInt(words[1]) + 1);
            lines++;
        }
        assertThat(lines).isEqualTo(4 * perThread);
    }

    @Test
    @DisplayName("A line reaches standard output while the server runs, without waiting for a stop")
    void aLineIsWrittenSoon() {
        context.getLogger("org.hearth.app").info("Hearth is listening");
        Eventually.await(Duration.ofSeconds(10), "the line on standard output",
                () -> captured.toString(StandardCharsets.UTF_8).contains("\"message\":\"Hearth is listening\""));
    }
}
