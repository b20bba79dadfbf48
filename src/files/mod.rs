//! Uploaded files: deciding a file's type by its content, cleaning images and
//! SVG, perceptual hashes. Pure functions over bytes; storage and HTTP live
//! elsewhere.
