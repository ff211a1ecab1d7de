using System.Runtime.CompilerServices;

namespace Custos.Ledger.Index;

/// <summary>
/// A growable array of structs kept in fixed chunks of 65,536 elements, so that growing never copies what is stored
/// (no doubling peak at ten million elements) and a reference to an element stays valid while more are added.
/// Not thread-safe.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ChunkedList<T>
    where T : struct
{
    private const int Shift = 16;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private T[][] _chunks = new T[16][];
    private int _chunkCount;

    /// <summary>How many elements have been added.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes the chunks hold (allocated, used or not).</summary>
    public long AllocatedBytes => (long)_chunkCount * ChunkSize * Unsafe.SizeOf<T>();

    /// <summary>A reference to element <paramref name="index"/> (below <see cref="Count"/>; not checked beyond the chunk's bounds).</summary>
    public ref T this[int index] => ref _chunks[index >> Shift][index & Mask];

    /// <summary>Adds a default element and returns its index.</summary>
    public int Add()
    {
        if (Count == _chunkCount << Shift)
        {
            if (_chunkCount == _chunks.Length)
            {
                Array.Resize(ref _chunks, _chunks.Length * 2);
            }

            _chunks[_chunkCount++] = new T[ChunkSize];
        }

        return Count++;
    }
}
