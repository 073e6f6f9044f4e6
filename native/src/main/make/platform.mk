# How a shared library is named and linked on the platform being built for. PLATFORM is the name
# NativePlatform gives it at run time (linux-x86_64, linux-arm64, macosx-arm64, macosx-x86_64); the
# parent pom's platform-* profiles set it. Included by native's Makefile and, from the native jar,
# by backend-jni's, so both link the same way.
KNOWN_PLATFORMS := linux-x86_64 linux-arm64 macosx-arm64 macosx-x86_64
ifeq ($(PLATFORM),)
$(error PLATFORM is not set. Maven sets it from the parent pom's platform-* profiles; by hand, pass one of: $(KNOWN_PLATFORMS), e.g. make PLATFORM=linux-x86_64)
endif

ifneq ($(filter macosx-%,$(PLATFORM)),)
# Apple's linker has no -soname: a library names itself by install name, found through the loader's rpath.
SHLIB = lib$(1).dylib
SHARED = -dynamiclib -install_name @rpath/lib$(1).dylib
RPATH_SELF := -Wl,-rpath,@loader_path
JNI_OS := darwin
else
SHLIB = lib$(1).so
SHARED = -shared -Wl,-soname,lib$(1).so
RPATH_SELF := '-Wl,-rpath,$$ORIGIN'
JNI_OS := linux
endif
