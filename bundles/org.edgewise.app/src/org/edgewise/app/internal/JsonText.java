package org.edgewise.app.internal;

/** The two JSON value forms the commands print: strings and numbers (NaN and infinities become null). */
final class JsonText {

	private JsonText() {
	}

	static String quote(String text) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\t' -> b.append("\\t");
			default -> {
				if (c < 0x20) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.append('"').toString();
	}

	static String number(double value) {
		return Double.isFinite(value) ? Double.toString(value) : "null";
	}
}
