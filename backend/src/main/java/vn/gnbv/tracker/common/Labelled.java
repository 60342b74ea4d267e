package vn.gnbv.tracker.common;

/** A published code with its Vietnamese and English labels. */
public interface Labelled {
    String name();

    String nameVi();

    String nameEn();
}
