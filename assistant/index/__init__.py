"""The Chroma store (embedded or server), the embedders, the manifest, atomic rebuilds."""
