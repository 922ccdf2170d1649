package org.edgewise.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.edgewise.io.SpectrumFileException;

import io.jhdf.HdfFile;
import io.jhdf.nio.FileChannelFromSeekableByteChannel;

/**
 * An HDF5 file open for reading with jhdf.
 * <p>
 * HDF5 files may start with a user block (the superblock then sits at 512, 1024, 2048, ... bytes). Some
 * writers add the block afterwards and leave the superblock's base address at 0; the HDF5 library then
 * counts addresses from the superblock, but jhdf 0.13 refuses such a file ("Invalid superblock base
 * address"). Such files are opened here through a view that starts at the superblock, which is what the
 * HDF5 library does. The SLS STXM example file is one of them.
 */
public final class HdfSource implements AutoCloseable {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };

	private final HdfFile file;
	private final FileChannel viewChannel;

	private HdfSource(HdfFile file, FileChannel viewChannel) {
		this.file = file;
		this.viewChannel = viewChannel;
	}

	/**
	 * @return the byte offset of the HDF5 superblock signature (0, 512, 1024, ...), or -1 if there is none
	 * @throws IOException if the file cannot be read
	 */
	public static long signatureOffset(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path)) {
			long size = channel.size();
			for (long offset = 0; offset + SIGNATURE.length <= size; offset = offset == 0 ? 512 : offset * 2) {
				ByteBuffer bytes = ByteBuffer.allocate(SIGNATURE.length);
				channel.read(bytes, offset);
				if (Arrays.equals(bytes.array(), SIGNATURE)) {
					return offset;
				}
			}
			return -1;
		}
	}

	/**
	 * Opens a file for reading.
	 *
	 * @throws SpectrumFileException if it is missing or empty, has no HDF5 signature or jhdf cannot open it
	 */
	public static HdfSource open(Path path) throws SpectrumFileException {
		String problem = InputFiles.problem(path);
		if (problem != null) {
			throw new SpectrumFileException(path, null, problem);
		}
		long offset;
		try {
			offset = signatureOffset(path);
		} catch (IOException e) {
			throw new SpectrumFileException(path, null, "cannot read: " + e.getMessage(), e);
		}
		if (offset < 0) {
			throw new SpectrumFileException(path, null, "not an HDF5 file (no HDF5 signature found)");
		}
		try {
			long[] addresses = superblockAddresses(path, offset);
			// the end-of-file address counts from the superblock (or from a base address that lies there)
			long expectedSize = offset + addresses[1];
			if (addresses[1] > 0 && Files.size(path) < expectedSize) {
				throw new SpectrumFileException(path, null, "the file is truncated: it has " + Files.size(path)
						+ " bytes, its HDF5 superblock says " + expectedSize);
			}
			if (offset > 0 && addresses[0] == 0) {
				return openFromSuperblock(path, offset);
			}
			return new HdfSource(new HdfFile(path), null);
		} catch (SpectrumFileException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			// jhdf reports broken or truncated files with assorted unchecked exceptions
			throw new SpectrumFileException(path, null, "cannot open as HDF5: " + Hdf.describe(e), e);
		}
	}

	private static HdfSource openFromSuperblock(Path path, long offset) throws IOException {
		FileChannel channel = FileChannel.open(path);
		try {
			HdfFile file = new HdfFile(new FileChannelFromSeekableByteChannel(new OffsetChannel(channel, offset)));
			return new HdfSource(file, channel);
		} catch (RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/**
	 * Reads the superblock's base address and end-of-file address (HDF5 format spec, superblock versions 0 to
	 * 3: both follow each other with the free-space or extension address between them).
	 *
	 * @return {base address, end-of-file address}; -1 for what the file is too short to hold
	 */
	private static long[] superblockAddresses(Path path, long offset) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			in.skipNBytes(offset);
			ByteBuffer head = ByteBuffer.wrap(in.readNBytes(64)).order(ByteOrder.LITTLE_ENDIAN);
			int version = head.get(8);
			int position = switch (version) {
			case 0 -> 24;
			case 1 -> 28;
			default -> 12;
			};
			int sizeOfOffsets = version <= 1 ? head.get(13) : head.get(9);
			return new long[] { address(head, position, sizeOfOffsets),
					address(head, position + 2 * sizeOfOffsets, sizeOfOffsets) };
		}
	}

	private static long address(ByteBuffer head, int position, int size) {
		if (head.limit() < position + size) {
			return -1;
		}
		return size == 4 ? head.getInt(position) : head.getLong(position);
	}

	/** @return the jhdf file (its root group) */
	public HdfFile file() {
		return file;
	}

	@Override
	public void close() throws IOException {
		if (viewChannel != null) {
			// jhdf's close() fails on a file opened from a channel (it asks for the file's path to log it)
			viewChannel.close();
		} else {
			file.close();
		}
	}
}
