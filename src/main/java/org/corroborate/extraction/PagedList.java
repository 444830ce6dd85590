package org.corroborate.extraction;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A list in pages of {@value #PAGE} references instead of one big array, for the lists of objects
 * that grow with the text (the numbers of a chunk; a text read in one pass can have hundreds of
 * thousands).
 *
 * <p>Why: in one array (an {@code ArrayList}) that many references make an object G1 allocates as
 * "humongous", straight in the old generation; every {@code add} then stores a young object into an
 * old one and pays the garbage collector's cross-generation write barrier, and each young
 * collection rescans the array. When tokens were objects in such a list, that was about half of the
 * lexer's time (tokens are now primitive arrays, see {@link Tokens}). Pages of 32 KB stay ordinary
 * young objects.
 */
final class PagedList<E> extends AbstractList<E> implements RandomAccess {

    private static final int SHIFT = 13;
    private static final int PAGE = 1 << SHIFT;
    private static final int MASK = PAGE - 1;

    private Object[][] pages = new Object[16][];
    private int size;

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (E) pages[index >>> SHIFT][index & MASK];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(E element) {
        int page = size >>> SHIFT;
        if (page == pages.length) {
            pages = java.util.Arrays.copyOf(pages, page * 2);
        }
        if (pages[page] == null) {
            pages[page] = new Object[PAGE];
        }
        pages[page][size & MASK] = element;
        size++;
        return true;
    }
}
