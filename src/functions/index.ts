// Entry of the custom-functions bundle: each import registers its functions
// (the metadata plugin appends CustomFunctions.associate calls to each file).
import './staffing';
import './baseline';
import './scenario';
import './confidence';
