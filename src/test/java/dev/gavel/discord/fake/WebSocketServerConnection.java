package dev.gavel.discord.fake;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import okio.Socket;

/**
 * The server side of one WebSocket (RFC 6455) over a socket that MockWebServer has upgraded: reads
 * the client's masked frames, writes unmasked frames. Written here rather than taken from
 * MockWebServer's {@code webSocketUpgrade} because the fake must be able to drop the TCP connection
 * without a close frame (OkHttp's server-side {@code WebSocket.cancel()} has no call to cancel) and
 * to block a fast writer instead of closing when its queue passes 16 MiB.
 */
final class WebSocketServerConnection {

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int OPCODE_CONTINUATION = 0x0;
    private static final int OPCODE_TEXT = 0x1;
    private static final int OPCODE_BINARY = 0x2;
    private static final int OPCODE_CLOSE = 0x8;
    private static final int OPCODE_PING = 0x9;
    private static final int OPCODE_PONG = 0xA;

    /** What the client sent: a text message, or its close frame (code, reason), or the end of the stream. */
    record Incoming(String text, int closeCode, String closeReason) {
        boolean isClose() {
            return text == null;
        }
    }

    private final Socket socket;
    private final BufferedSource source;
    private final BufferedSink sink;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closeSent;

    WebSocketServerConnection(Socket socket) {
        this.socket = socket;
        this.source = socket.getSource() instanceof BufferedSource buffered ? buffered : Okio.buffer(socket.getSource());
        this.sink = socket.getSink() instanceof BufferedSink buffered ? buffered : Okio.buffer(socket.getSink());
    }

    static String acceptKey(String clientKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((clientKey + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /**
     * Blocks for the next message. Answers pings itself. A close frame, or the end of the stream
     * (close code 1006), ends the conversation: the caller then closes the socket.
     */
    Incoming read() throws IOException {
        Buffer message = new Buffer();
        int messageOpcode = -1;
        while (true) {
            int first;
            try {
                first = source.readByte() & 0xFF;
            } catch (EOFException e) {
                return new Incoming(null, 1006, "");
            }
            boolean fin = (first & 0x80) != 0;
            int opcode = first & 0x0F;
            int second = source.readByte() & 0xFF;
            boolean masked = (second & 0x80) != 0;
            long length = second & 0x7F;
            if (length == 126) {
                length = source.readShort() & 0xFFFF;
            } else if (length == 127) {
                length = source.readLong();
            }
            if (!masked) {
                throw new ProtocolException("client frames must be masked");
            }
            byte[] mask = source.readByteArray(4);
            byte[] payload = source.readByteArray(length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
            switch (opcode) {
                case OPCODE_PING -> writeFrame(OPCODE_PONG, payload);
                case OPCODE_PONG -> {
                }
                case OPCODE_CLOSE -> {
                    int code = payload.length >= 2 ? (payload[0] & 0xFF) << 8 | payload[1] & 0xFF : 1005;
                    String reason = payload.length > 2
                            ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                    if (!closeSent) {
                        close(code == 1005 ? 1000 : code, "");
                    }
                    return new Incoming(null, code, reason);
                }
                case OPCODE_TEXT, OPCODE_BINARY, OPCODE_CONTINUATION -> {
                    if (opcode != OPCODE_CONTINUATION) {
                        messageOpcode = opcode;
                    }
                    message.write(payload);
                    if (fin) {
                        if (messageOpcode != OPCODE_TEXT) {
                            throw new ProtocolException("the gateway fake only speaks JSON text frames");
                        }
                        return new Incoming(message.readUtf8(), 0, null);
                    }
                }
                default -> throw new ProtocolException("unknown WebSocket opcode " + opcode);
            }
        }
    }

    /** Sends a text message; false when the connection is closing or gone. */
    boolean sendText(String text) {
        return send(OPCODE_TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a close frame; the client answers with its own, which {@link #read()} returns. */
    void close(int code, String reason) {
        byte[] reasonBytes = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + reasonBytes.length];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(reasonBytes, 0, payload, 2, reasonBytes.length);
        send(OPCODE_CLOSE, payload);
        closeSent = true;
    }

    /** Drops the TCP connection at once, without a close frame, as a network failure does. */
    void drop() {
        closeSent = true;
        socket.cancel();
    }

    private boolean send(int opcode, byte[] payload) {
        writeLock.lock();
        try {
            if (closeSent) {
                return false;
            }
            writeFrame(opcode, payload);
            return true;
        } catch (IOException e) {
            closeSent = true;
            return false;
        } finally {
            writeLock.unlock();
        }
    }

    private void writeFrame(int opcode, byte[] payload) throws IOException {
        writeLock.lock();
        try {
            sink.writeByte(0x80 | opcode);
            if (payload.length < 126) {
                sink.writeByte(payload.length);
            } else if (payload.length <= 0xFFFF) {
                sink.writeByte(126).writeShort(payload.length);
            } else {
                sink.writeByte(127).writeLong(payload.length);
            }
            sink.write(payload);
            sink.flush();
        } finally {
            writeLock.unlock();
        }
    }
}
