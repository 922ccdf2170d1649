package org.edgewise.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A read-only view of a file channel that starts {@code start} bytes into the file. */
final class OffsetChannel implements SeekableByteChannel {

	private final FileChannel file;
	private final long start;
	private long position;

	OffsetChannel(FileChannel file, long start) {
		this.file = file;
		this.start = start;
	}

	@Override
	public int read(ByteBuffer destination) throws IOException {
		int n = file.read(destination, start + position);
		if (n > 0) {
			position += n;
		}
		return n;
	}

	@Override
	public int write(ByteBuffer source) {
		throw new NonWritableChannelException();
	}

	@Override
	public long position() {
		return position;
	}

	@Override
	public SeekableByteChannel position(long newPosition) {
		position = newPosition;
		return this;
	}

	@Override
	public long size() throws IOException {
		return file.size() - start;
	}

	@Override
	public SeekableByteChannel truncate(long size) {
		throw new NonWritableChannelException();
	}

	@Override
	public boolean isOpen() {
		return file.isOpen();
	}

	@Override
	public void close() throws IOException {
		file.close();
	}
}
