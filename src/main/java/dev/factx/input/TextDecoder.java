package dev.factx.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into article text, refusing what is not UTF-8 text. */
final class TextDecoder {
    private static final int BINARY_PROBE = 8192;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws DocumentException {
        checkText(bytes);
        return checkNotBlank(utf8(bytes));
    }

    /** Refuses empty input and binary data (a NUL byte near the start). */
    static void checkText(byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException("empty", "the file is empty");
        }
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new DocumentException("binary",
                        "binary data (a NUL byte at offset " + i + "); factx reads UTF-8 text");
            }
        }
    }

    /** Strict UTF-8, without a leading byte order mark. */
    static String utf8(byte[] bytes) throws DocumentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException("invalid-utf8",
                    "not valid UTF-8 text; convert it first, e.g. iconv -f latin1 -t utf-8");
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static String checkNotBlank(String text) throws DocumentException {
        if (text.isBlank()) {
            throw new DocumentException("empty", "the file holds only white space");
        }
        return text;
    }

    static String checkLength(String text, int maxChars) throws DocumentException {
        if (text.length() > maxChars) {
            throw SourceStreams.tooLong(maxChars);
        }
        return text;
    }
}
