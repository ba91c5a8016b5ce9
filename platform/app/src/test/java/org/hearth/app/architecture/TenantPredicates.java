package org.hearth.app.architecture;

import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Type;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds hand-written tenant predicates in a class's bytecode: a jOOQ comparison ({@code eq},
 * {@code in}, …) whose receiver is a generated table's {@code TENANT_ID} field, as in
 * {@code AGREEMENTS.TENANT_ID.eq(tenant)}. ArchUnit records which fields and methods a method
 * touches but not which value a call is made on, so this follows the operand stack from the field
 * read to the call that consumes it. {@code .set(T.TENANT_ID, id)} (an insert) and
 * {@code T.ID.eq(U.TENANT_ID)} (a join) pass the field as an argument and are not predicates.
 * Where the stack cannot be followed (a branch inside the argument), the read is not reported.
 */
final class TenantPredicates {

    private static final Set<String> COMPARISONS = Set.of("eq", "equal", "ne", "notEqual", "in", "notIn",
            "isDistinctFrom", "isNotDistinctFrom");

    private TenantPredicates() {
    }

    /** "method (File.java:line)" for each hand-written tenant predicate in the named class. */
    static List<String> in(String className) {
        List<String> found = new ArrayList<>();
        try (InputStream in = TenantPredicates.class.getClassLoader().getResourceAsStream(className.replace('.', '/') + ".class")) {
            if (in == null) {
                return found;
            }
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                private String source = "?";

                @Override
                public void visitSource(String file, String debug) {
                    source = file;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new Follower(name, source, found);
                }
            }, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Counts the values above a TENANT_ID read on the operand stack until a call consumes it. */
    private static final class Follower extends MethodVisitor {
        private final String method;
        private final String source;
        private final List<String> found;
        private int line;
        private int above = -1; // values above the tracked TENANT_ID, or -1 when none is tracked

        Follower(String method, String source, List<String> found) {
            super(Opcodes.ASM9);
            this.method = method;
            this.source = source;
            this.found = found;
        }

        @Override
        public void visitLineNumber(int lineNumber, Label start) {
            line = lineNumber;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == Opcodes.GETFIELD && name.equals("TENANT_ID") && owner.startsWith("org/hearth/schema/generated/")) {
                above = 0;
                return;
            }
            switch (opcode) {
                case Opcodes.GETSTATIC -> push(1);
                case Opcodes.GETFIELD -> push(0);
                default -> lose();
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (above < 0) {
                return;
            }
            int args = Type.getArgumentTypes(descriptor).length;
            boolean returns = Type.getReturnType(descriptor) != Type.VOID_TYPE;
            if (opcode != Opcodes.INVOKESTATIC && above == args) {
                // the tracked field is this call's receiver
                if (owner.startsWith("org/jooq/") && COMPARISONS.contains(name)) {
                    found.add(method + " (" + source + ":" + line + ")");
                }
                above = -1;
            } else if (above < args) {
                above = -1; // passed as an argument: not a predicate on it
            } else {
                push((returns ? 1 : 0) - args - (opcode == Opcodes.INVOKESTATIC ? 0 : 1));
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, com.tngtech.archunit.thirdparty.org.objectweb.asm.Handle bsm, Object... args) {
            int n = Type.getArgumentTypes(descriptor).length;
            if (above >= 0 && above < n) {
                above = -1;
            } else {
                push(1 - n);
            }
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            push(opcode >= Opcodes.ILOAD && opcode <= Opcodes.ALOAD ? 1 : -1);
        }

        @Override
        public void visitLdcInsn(Object value) {
            push(1);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            push(opcode == Opcodes.NEWARRAY ? 0 : 1);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            push(opcode == Opcodes.NEW ? 1 : 0);
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode >= Opcodes.ACONST_NULL && opcode <= Opcodes.DCONST_1) {
                push(1);
            } else if (opcode == Opcodes.DUP) {
                push(1);
            } else if (opcode == Opcodes.AASTORE) {
                // array, index, value: the tracked field stored into a varargs array is an argument
                if (above >= 0 && above < 3) {
                    above = -1;
                } else {
                    push(-3);
                }
            } else {
                lose();
            }
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            lose();
        }

        @Override
        public void visitLabel(Label label) {
            // a jump target may arrive with another stack: stop following at branches
        }

        private void push(int delta) {
            if (above >= 0) {
                above += delta;
                if (above < 0) {
                    above = -1;
                }
            }
        }

        private void lose() {
            above = -1;
        }
    }
}
