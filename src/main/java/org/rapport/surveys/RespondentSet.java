package org.rapport.surveys;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Collection;

/**
 * The ids of the responses behind one figure of an anonymous result, held sorted and
 * without repeats. It is what the differencing guard compares ({@link Disclosure}) and
 * what is kept per user of the results that user saw recently, in the compact form of
 * {@link #encode()}.
 * <p>
 * The {@link #fingerprint() fingerprint} (size and a 64-bit hash) is stored beside the
 * encoded ids: two sets with different fingerprints are certainly different, so a result
 * seen again can be recognised without decoding. Its hash is part of the stored format
 * and must not change.
 */
final class RespondentSet {

	/** The first byte of every encoding, so that the format can change later. */
	static final byte FORMAT = 1;

	private static final RespondentSet EMPTY = new RespondentSet(new long[0]);

	private final long[] ids;

	private final long hash;

	private RespondentSet(long[] ids) {
		this.ids = ids;
		this.hash = hash(ids);
	}

	/**
	 * The set of the given ids, in any order, repeats ignored.
	 * @param ids the response ids
	 * @return the set
	 */
	static RespondentSet of(long... ids) {
		long[] sorted = ids.clone();
		Arrays.sort(sorted);
		int distinct = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[distinct++] = sorted[i];
			}
		}
		return new RespondentSet(Arrays.copyOf(sorted, distinct));
	}

	/**
	 * The set of the given ids, in any order, repeats ignored.
	 * @param ids the response ids
	 * @return the set
	 */
	static RespondentSet of(Collection<Long> ids) {
		return of(ids.stream().mapToLong(Long::longValue).toArray());
	}

	/**
	 * The set of ids already sorted ascending without repeats, as a query ordered by id
	 * gives them.
	 * @param ids the response ids, strictly ascending
	 * @return the set
	 * @throws IllegalArgumentException if the ids are not strictly ascending
	 */
	static RespondentSet ofSorted(long[] ids) {
		for (int i = 1; i < ids.length; i++) {
			if (ids[i] <= ids[i - 1]) {
				throw new IllegalArgumentException(
						"Ids must be strictly ascending, but " + ids[i] + " follows " + ids[i - 1] + " at index " + i);
			}
		}
		return new RespondentSet(ids.clone());
	}

	static RespondentSet empty() {
		return EMPTY;
	}

	int size() {
		return this.ids.length;
	}

	boolean isEmpty() {
		return this.ids.length == 0;
	}

	/**
	 * The ids, ascending.
	 * @return a copy of the ids
	 */
	long[] ids() {
		return this.ids.clone();
	}

	boolean contains(long id) {
		return Arrays.binarySearch(this.ids, id) >= 0;
	}

	/**
	 * Whether every id of the other set is in this one.
	 * @param other the set that may lie inside this one
	 * @return true if the other set is a subset of this one, or equal to it
	 */
	boolean containsAll(RespondentSet other) {
		if (other.ids.length > this.ids.length) {
			return false;
		}
		int i = 0;
		for (long id : other.ids) {
			while (i < this.ids.length && this.ids[i] < id) {
				i++;
			}
			if (i == this.ids.length || this.ids[i] != id) {
				return false;
			}
			i++;
		}
		return true;
	}

	/**
	 * The ids in this set that are not in the other one.
	 * @param other the ids to take away
	 * @return this set without the other's ids
	 */
	RespondentSet minus(RespondentSet other) {
		long[] result = new long[this.ids.length];
		int size = 0;
		int j = 0;
		for (long id : this.ids) {
			while (j < other.ids.length && other.ids[j] < id) {
				j++;
			}
			if (j == other.ids.length || other.ids[j] != id) {
				result[size++] = id;
			}
		}
		return (size == this.ids.length) ? this : new RespondentSet(Arrays.copyOf(result, size));
	}

	/**
	 * The ids in any of the given sets.
	 * @param sets the sets to join
	 * @return their union
	 */
	static RespondentSet union(Collection<RespondentSet> sets) {
		int total = 0;
		for (RespondentSet set : sets) {
			total += set.ids.length;
		}
		long[] all = new long[total];
		int at = 0;
		for (RespondentSet set : sets) {
			System.arraycopy(set.ids, 0, all, at, set.ids.length);
			at += set.ids.length;
		}
		return of(all);
	}

	/**
	 * The size and hash of this set.
	 * @return the fingerprint
	 */
	Fingerprint fingerprint() {
		return new Fingerprint(this.ids.length, this.hash);
	}

	/**
	 * How many ids are in exactly one of the two sets, counted no further than the limit.
	 * @param other the other set
	 * @param limit where to stop counting
	 * @return the size of the symmetric difference, or {@code limit} if it is at least
	 * that
	 * @see #symmetricDifference(long[], long[], int)
	 */
	int symmetricDifference(RespondentSet other, int limit) {
		if (this.ids.length == other.ids.length && this.hash == other.hash && Arrays.equals(this.ids, other.ids)) {
			return 0;
		}
		return symmetricDifference(this.ids, other.ids, limit);
	}

	/**
	 * How many values are in exactly one of two strictly ascending arrays, counted no
	 * further than the limit. The difference in size alone is a lower bound, so arrays
	 * whose sizes differ by at least the limit are not walked at all; otherwise the walk
	 * stops as soon as the count reaches the limit.
	 * @param a strictly ascending values
	 * @param b strictly ascending values
	 * @param limit where to stop counting, at least 1
	 * @return the size of the symmetric difference, or {@code limit} if it is at least
	 * that
	 */
	static int symmetricDifference(long[] a, long[] b, int limit) {
		if (Math.abs(a.length - b.length) >= limit) {
			return limit;
		}
		int count = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				i++;
				j++;
			}
			else {
				if (a[i] < b[j]) {
					i++;
				}
				else {
					j++;
				}
				if (++count >= limit) {
					return limit;
				}
			}
		}
		return (int) Math.min(limit, (long) count + (a.length - i) + (b.length - j));
	}

	/**
	 * The ids as bytes: the format byte, the number of ids, the first id (zigzag), then
	 * each gap to the next id, all as unsigned LEB128 varints. Ids from one sequence sit
	 * close together, so most take one or two bytes.
	 * @return the encoded set
	 */
	byte[] encode() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2 + 2 * this.ids.length);
		out.write(FORMAT);
		writeVarint(out, this.ids.length);
		if (this.ids.length > 0) {
			writeVarint(out, (this.ids[0] << 1) ^ (this.ids[0] >> 63));
			for (int i = 1; i < this.ids.length; i++) {
				// Unsigned: from a negative id to a positive one the gap can pass
				// Long.MAX_VALUE.
				writeVarint(out, this.ids[i] - this.ids[i - 1]);
			}
		}
		return out.toByteArray();
	}

	/**
	 * The set that {@link #encode()} gave these bytes for.
	 * @param bytes an encoded set
	 * @return the set
	 * @throws IllegalArgumentException if the bytes are not an encoded set
	 */
	static RespondentSet decode(byte[] bytes) {
		if (bytes.length == 0 || bytes[0] != FORMAT) {
			throw new IllegalArgumentException("Not an encoded respondent set");
		}
		int[] at = { 1 };
		long count = readVarint(bytes, at);
		// Every id takes at least one byte, which bounds what a corrupt count can ask
		// for.
		if (count < 0 || count > bytes.length - at[0]) {
			throw new IllegalArgumentException(
					"Encoded respondent set claims " + count + " ids in " + (bytes.length - at[0]) + " bytes");
		}
		long[] ids = new long[(int) count];
		if (count > 0) {
			long zigzag = readVarint(bytes, at);
			ids[0] = (zigzag >>> 1) ^ -(zigzag & 1);
			for (int i = 1; i < ids.length; i++) {
				long gap = readVarint(bytes, at);
				if (gap == 0 || Long.compareUnsigned(gap, Long.MAX_VALUE - ids[i - 1]) > 0) {
					throw new IllegalArgumentException("Encoded respondent set is not strictly ascending at " + i);
				}
				ids[i] = ids[i - 1] + gap;
			}
		}
		if (at[0] != bytes.length) {
			throw new IllegalArgumentException(
					"Encoded respondent set has " + (bytes.length - at[0]) + " bytes after its last id");
		}
		return new RespondentSet(ids);
	}

	private static void writeVarint(ByteArrayOutputStream out, long value) {
		while ((value & ~0x7FL) != 0) {
			out.write((int) ((value & 0x7F) | 0x80));
			value >>>= 7;
		}
		out.write((int) value);
	}

	private static long readVarint(byte[] bytes, int[] at) {
		long value = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			if (at[0] >= bytes.length) {
				throw new IllegalArgumentException("Encoded respondent set ends inside a number");
			}
			byte b = bytes[at[0]++];
			value |= (long) (b & 0x7F) << shift;
			if (b >= 0) {
				return value;
			}
		}
		throw new IllegalArgumentException("Encoded respondent set holds a number longer than 64 bits");
	}

	/**
	 * A hash of the ids in order, each mixed by SplitMix64's finaliser: stable across
	 * JVMs and releases, because it is stored.
	 */
	private static long hash(long[] ids) {
		long hash = 0x9E3779B97F4A7C15L * (ids.length + 1);
		for (long id : ids) {
			hash = mix(hash ^ mix(id + 0x9E3779B97F4A7C15L));
		}
		return hash;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof RespondentSet set && set.hash == this.hash && Arrays.equals(set.ids, this.ids));
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.hash);
	}

	@Override
	public String toString() {
		return (this.ids.length <= 20) ? Arrays.toString(this.ids) : "[" + this.ids.length + " ids]";
	}

	/**
	 * What identifies a set cheaply: different fingerprints mean different sets; equal
	 * ones mean, short of a 64-bit collision, the same set.
	 *
	 * @param size the number of ids
	 * @param hash a 64-bit hash of the ids in order
	 */
	record Fingerprint(int size, long hash) {

	}

}
